package io.hybriddal.dal.internal.model;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Checks a value given by name ({@code DataObject.set}) against a property's type. Numbers are
 * converted the way queries compare them, by value, when the conversion is exact ({@code 20} on a
 * {@code long} is {@code 20L}; {@code 10.5} on a {@code long} is refused); nothing else is converted.
 */
public final class ValueConversion {

    private ValueConversion() {
    }

    /**
     * {@code value} as a value of {@code type}.
     *
     * @throws IllegalArgumentException saying what was expected when the value does not fit
     */
    public static Object convert(ValueType type, Object value) {
        if (value == null) {
            if (type.primitive()) {
                throw new IllegalArgumentException("expected " + expected(type) + ", not null");
            }
            return null;
        }
        Object converted = convertTop(type.kind(), type.raw(), value);
        if (converted == null || !elementsFit(type.generic(), converted)) {
            throw new IllegalArgumentException("expected " + expected(type) + ", not " + describe(value));
        }
        return converted;
    }

    private static Object convertTop(ValueKind kind, Class<?> raw, Object value) {
        return switch (kind) {
            case STRING -> value instanceof String ? value : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case INSTANT -> value instanceof Instant ? value : null;
            case ENUM, RECORD -> raw.isInstance(value) ? value : null;
            case INT, LONG, DOUBLE -> value instanceof Number n ? exactNumber(kind, n) : null;
            case LIST -> value instanceof Collection<?> ? value : null;
            case SET -> value instanceof Set<?> ? value : null;
            case MAP -> value instanceof Map<?, ?> ? value : null;
        };
    }

    private static Object exactNumber(ValueKind kind, Number n) {
        if (kind == ValueKind.DOUBLE && (n instanceof Double || n instanceof Float)) {
            return n.doubleValue(); // as the typed setter takes it: NaN, infinities and -0.0 included
        }
        BigDecimal exact = exact(n);
        if (exact == null) {
            return null;
        }
        try {
            return switch (kind) {
                case INT -> exact.intValueExact();
                case LONG -> exact.longValueExact();
                default -> new BigDecimal(exact.doubleValue()).compareTo(exact) == 0 ? exact.doubleValue() : null;
            };
        } catch (ArithmeticException | NumberFormatException notExact) { // NumberFormatException: beyond a double's range
            return null;
        }
    }

    private static BigDecimal exact(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d) : null;
        }
        if (n instanceof BigDecimal b) {
            return b;
        }
        return n instanceof BigInteger b ? new BigDecimal(b) : null;
    }

    /** Elements of collections and map values must be of their declared type (no conversion inside). */
    private static boolean elementsFit(Type generic, Object value) {
        if (!(generic instanceof ParameterizedType p)) {
            return true;
        }
        Type element = p.getActualTypeArguments()[p.getActualTypeArguments().length - 1];
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String) || !fits(element, e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        for (Object e : (Collection<?>) value) {
            if (!fits(element, e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(Type type, Object value) {
        if (value == null) {
            return true;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        return raw.isInstance(value) && elementsFit(type, value);
    }

    private static String expected(ValueType type) {
        return type.generic().getTypeName().replace("java.lang.", "").replace("java.util.", "").replace("java.time.", "");
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return value.getClass().getSimpleName() + " " + (text.length() > 60 ? text.substring(0, 60) + "..." : text);
    }
}
