package io.hybriddal.dal.internal.model;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A property or dynamic type checked against the allowed set: String, int/long/double/boolean
 * and boxes, enums, Instant, List/Set/Map(String keys) of allowed types, records of allowed
 * types. Computed once at registration.
 *
 * @param kind      the shape
 * @param raw       the erased class ({@code long.class} for a primitive)
 * @param generic   the declared generic type
 * @param primitive whether the Java type is primitive (never null)
 */
public record ValueType(ValueKind kind, Class<?> raw, Type generic, boolean primitive) {

    /**
     * The value type of {@code type}, or {@code null} with {@code problem[0]} set to what is wrong.
     */
    public static ValueType of(Type type, String[] problem) {
        Class<?> raw = rawClass(type);
        if (raw == null) {
            problem[0] = "type " + type.getTypeName() + " is not a concrete type";
            return null;
        }
        ValueKind kind = scalarKind(raw);
        if (kind != null) {
            return new ValueType(kind, raw, type, raw.isPrimitive());
        }
        if (raw == Instant.class) {
            return new ValueType(ValueKind.INSTANT, raw, type, false);
        }
        if (raw == List.class || raw == Set.class) {
            Type element = typeArgument(type, 0);
            if (element == null || of(element, problem) == null) {
                problem[0] = problem[0] != null ? problem[0] : raw.getSimpleName() + " needs an element type";
                return null;
            }
            return new ValueType(raw == List.class ? ValueKind.LIST : ValueKind.SET, raw, type, false);
        }
        if (raw == Map.class) {
            Type key = typeArgument(type, 0);
            Type value = typeArgument(type, 1);
            if (key != String.class) {
                problem[0] = "Map keys must be String, not " + (key == null ? "unspecified" : key.getTypeName());
                return null;
            }
            if (value == null || of(value, problem) == null) {
                problem[0] = problem[0] != null ? problem[0] : "Map needs a value type";
                return null;
            }
            return new ValueType(ValueKind.MAP, raw, type, false);
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (of(component.getGenericType(), problem) == null) {
                    problem[0] = "record component " + raw.getSimpleName() + "." + component.getName() + ": " + problem[0];
                    return null;
                }
            }
            return new ValueType(ValueKind.RECORD, raw, type, false);
        }
        problem[0] = "type " + type.getTypeName() + " is not allowed (allowed: String, int, long, double, boolean and"
                + " their boxes, enums, Instant, List/Set/Map<String, ...> of those, records of those)";
        return null;
    }

    private static ValueKind scalarKind(Class<?> raw) {
        if (raw == String.class) {
            return ValueKind.STRING;
        }
        if (raw == int.class || raw == Integer.class) {
            return ValueKind.INT;
        }
        if (raw == long.class || raw == Long.class) {
            return ValueKind.LONG;
        }
        if (raw == double.class || raw == Double.class) {
            return ValueKind.DOUBLE;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return ValueKind.BOOLEAN;
        }
        if (raw.isEnum()) {
            return ValueKind.ENUM;
        }
        return null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return null;
    }

    /** The boxed class of {@link #raw()}. */
    public Class<?> boxed() {
        if (!raw.isPrimitive()) {
            return raw;
        }
        if (raw == int.class) {
            return Integer.class;
        }
        if (raw == long.class) {
            return Long.class;
        }
        if (raw == double.class) {
            return Double.class;
        }
        return Boolean.class;
    }

    /** The value of a primitive without default (0, 0L, 0.0, false); {@code null} for reference types. */
    public Object zero() {
        if (!primitive) {
            return null;
        }
        return switch (kind) {
            case INT -> 0;
            case LONG -> 0L;
            case DOUBLE -> 0.0;
            case BOOLEAN -> false;
            default -> null;
        };
    }
}
