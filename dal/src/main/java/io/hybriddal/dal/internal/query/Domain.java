package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.model.ValueKind;
import io.hybriddal.dal.internal.model.ValueType;

/** The kind of value a path yields, as far as comparison operators care. */
enum Domain {
    STRING, GUID, RELATION, NUMBER, BOOLEAN, ENUM, INSTANT, COLLECTION, MAP, RECORD;

    static Domain of(ResolvedPath path) {
        return switch (path.terminal()) {
            case GUID -> GUID;
            case RELATION -> RELATION;
            default -> of(path.valueType());
        };
    }

    static Domain of(ValueType type) {
        ValueKind kind = type.kind();
        return switch (kind) {
            case STRING -> STRING;
            case INT, LONG, DOUBLE -> NUMBER;
            case BOOLEAN -> BOOLEAN;
            case ENUM -> ENUM;
            case INSTANT -> INSTANT;
            case LIST, SET -> COLLECTION;
            case MAP -> MAP;
            case RECORD -> RECORD;
        };
    }

    /** Whether gt/ge/lt/le and orderBy apply. */
    boolean ordered() {
        return this == STRING || this == GUID || this == NUMBER || this == ENUM || this == INSTANT || this == BOOLEAN;
    }

    /** Whether the values are strings (ignoreCase, contains as substring, startsWith). */
    boolean textual() {
        return this == STRING || this == GUID;
    }
}
