/**
 * The storage-management model of the demo, declared with the public annotations only. Its model
 * package is opened to the engine (which implements each hybrid in the hybrid's own package), to
 * Jackson (record and enum values) and to Hibernate Validator (constraints on getters): what
 * every module declaring hybrids does.
 */
module io.hybriddal.hybrids {
    requires transitive io.hybriddal.dal;

    exports io.hybriddal.hybrids;
    exports io.hybriddal.hybrids.system;
    opens io.hybriddal.hybrids to io.hybriddal.dal, com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.hybriddal.hybrids.system to com.fasterxml.jackson.databind;
}
