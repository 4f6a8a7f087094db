/**
 * The {@code hybrid-dal} command. Runs from its shaded jar on the class path (the usual way) or
 * on the module path; the commands are opened to picocli, which fills their options reflectively.
 */
module io.hybriddal.cli {
    requires io.hybriddal.dal;
    requires io.hybriddal.hybrids;
    requires io.hybriddal.report;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires info.picocli;
    requires java.logging;
    requires org.hibernate.validator;

    opens io.hybriddal.cli to info.picocli;
}
