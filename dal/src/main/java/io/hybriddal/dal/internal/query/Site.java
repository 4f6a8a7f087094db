package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.Filter;
import io.hybriddal.dal.InvalidQueryException;

/**
 * Where a comparison is being compiled: its path, the domain of the path's values and the
 * operator, so that every conversion error names all three.
 */
record Site(ResolvedPath path, Domain domain, Filter.Operator operator) {

    InvalidQueryException invalid(String why) {
        return QueryErrors.invalid(path.root(), path.text(), why);
    }

    InvalidQueryException mismatch(Object value) {
        return invalid("cannot compare " + subject() + " with " + QueryErrors.describe(value) + " using " + operator);
    }

    /** What the path yields, for messages: "a long property", "relation 'vpool' (a vpool or its guid)". */
    String subject() {
        return switch (path.terminal()) {
            case GUID -> "the guid";
            case RELATION -> "relation '" + path.relation().name() + "' (takes a " + path.relation().target().name()
                    + " or its guid)";
            case PROPERTY -> "a " + path.valueType().generic().getTypeName() + " property";
            case DYNAMIC -> "a " + path.valueType().generic().getTypeName() + " dynamic";
        };
    }
}
