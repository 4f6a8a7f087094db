package io.hybriddal.dal.internal.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hybriddal.dal.internal.json.Json;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The canonical text of converted operands, part of the query-cache key: type-tagged and
 * length-prefixed so that no two different queries share a text ({@code 1} and {@code "1"}
 * differ), while operands equal by value share one ({@code 1}, {@code 1L} and {@code 1.0}).
 * Stable across processes: no identity hash codes, no default {@code toString}.
 */
final class Canonical {

    private Canonical() {
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof String s) {
            out.append('s').append(s.length()).append(':').append(s);
        } else if (value instanceof NumericOperand n) {
            out.append(n.canonical());
        } else if (value instanceof Integer || value instanceof Long) {
            out.append('n').append(value);
        } else if (value instanceof Double d) {
            out.append('d').append(d);
        } else if (value instanceof Boolean b) {
            out.append(b ? "b1" : "b0");
        } else if (value instanceof Enum<?> e) {
            out.append('e').append(e.getDeclaringClass().getName()).append('.').append(e.name());
        } else if (value instanceof Instant i) {
            out.append('t').append(i);
        } else if (value instanceof Collection<?> items) {
            out.append(value instanceof List<?> ? '[' : '{').append(items.size()).append(':');
            items.forEach(item -> {
                append(out, item);
                out.append(',');
            });
            out.append(value instanceof List<?> ? ']' : '}');
        } else if (value instanceof Map<?, ?> map) {
            out.append("m{").append(map.size()).append(':');
            map.forEach((k, v) -> {
                append(out, k);
                out.append('=');
                append(out, v);
                out.append(',');
            });
            out.append('}');
        } else {
            appendRecord(out, value);
        }
    }

    private static void appendRecord(StringBuilder out, Object value) {
        try {
            String json = Json.MAPPER.writeValueAsString(value);
            out.append('r').append(value.getClass().getName()).append(json.length()).append(':').append(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getName() + " for a query key", e);
        }
    }
}
