/**
 * An application module as a user would write it: it requires hybrid-dal and opens its model
 * package to it (the engine implements each hybrid in the hybrid's own package). java.compiler is
 * read only by the test that compiles an outside module against the engine's internals.
 */
module io.hybriddal.jpmstest {
    requires io.hybriddal.dal;
    requires java.compiler;

    exports io.hybriddal.jpmstest.model;
    opens io.hybriddal.jpmstest.model to io.hybriddal.dal;
}
