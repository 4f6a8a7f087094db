package io.hybriddal.dal.internal.rules;

import java.util.Map;

/**
 * What a type is to hybrid-dal: a storable scalar, a collection or record of storable values,
 * {@code void}, or something else. Classification lives here so that both front ends agree on
 * which Java types are, say, an {@code INT}.
 */
public enum Form {
    STRING, INT, LONG, DOUBLE, BOOLEAN, ENUM, INSTANT, LIST, SET, MAP, RECORD, VOID, OTHER;

    private static final Map<String, Form> BY_NAME = Map.ofEntries(
            Map.entry("java.lang.String", STRING),
            Map.entry("int", INT), Map.entry("java.lang.Integer", INT),
            Map.entry("long", LONG), Map.entry("java.lang.Long", LONG),
            Map.entry("double", DOUBLE), Map.entry("java.lang.Double", DOUBLE),
            Map.entry("boolean", BOOLEAN), Map.entry("java.lang.Boolean", BOOLEAN),
            Map.entry("java.time.Instant", INSTANT),
            Map.entry("java.util.List", LIST), Map.entry("java.util.Set", SET), Map.entry("java.util.Map", MAP),
            Map.entry("void", VOID));

    /** The form of {@code type}, from its erased name and whether it is an enum or a record. */
    public static Form of(TypeView type) {
        if (type.isEnum()) {
            return ENUM;
        }
        if (type.isRecord()) {
            return RECORD;
        }
        return BY_NAME.getOrDefault(type.rawName(), OTHER);
    }

    /** Scalars may be unique or indexed: strings, numbers, booleans, enums. */
    public boolean isScalar() {
        return ordinal() <= ENUM.ordinal();
    }
}
