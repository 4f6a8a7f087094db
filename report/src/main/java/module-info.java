/**
 * The admin-report generator of hybrid-dal ({@code io.hybriddal.report}), on the public API only.
 * Its data records are opened to Jackson, which writes the report's JSON form.
 */
module io.hybriddal.report {
    requires transitive io.hybriddal.dal;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.eclipse.elk.core;
    requires org.eclipse.elk.graph;
    requires org.eclipse.elk.alg.layered;
    requires org.eclipse.emf.ecore;
    requires org.eclipse.emf.common;

    exports io.hybriddal.report;
    opens io.hybriddal.report to com.fasterxml.jackson.databind;
}
