package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.InvalidQueryException;
import io.hybriddal.dal.internal.model.HybridModel;

/** Builds the messages of {@link InvalidQueryException}s: always the hybrid and the path. */
final class QueryErrors {

    private QueryErrors() {
    }

    static InvalidQueryException invalid(HybridModel model, String path, String why) {
        return new InvalidQueryException("invalid query on hybrid '" + model.name() + "', path '" + path + "': " + why);
    }

    /** How a filter value is shown in messages: its text and its Java type. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        if (text.length() > 80) {
            text = text.substring(0, 77) + "...";
        }
        return text + " (" + value.getClass().getSimpleName() + ")";
    }
}
