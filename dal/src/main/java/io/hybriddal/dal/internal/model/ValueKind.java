package io.hybriddal.dal.internal.model;

/** The shape of a property (or dynamic) value, as far as storage, keys and queries care. */
public enum ValueKind {
    STRING(true), INT(true), LONG(true), DOUBLE(true), BOOLEAN(true), ENUM(true),
    INSTANT(false), LIST(false), SET(false), MAP(false), RECORD(false);

    private final boolean scalar;

    ValueKind(boolean scalar) {
        this.scalar = scalar;
    }

    /** Scalars may be unique or indexed: strings, numbers, booleans, enums. */
    public boolean isScalar() {
        return scalar;
    }

    public boolean isNumeric() {
        return this == INT || this == LONG || this == DOUBLE;
    }
}
