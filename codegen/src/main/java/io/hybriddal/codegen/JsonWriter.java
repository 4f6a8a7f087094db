package io.hybriddal.codegen;

import java.util.List;
import java.util.Map;

/**
 * A small streaming JSON writer with two-space indentation and full string escaping, so the
 * processor can write {@code model.json} without a JSON library at run time.
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private int depth;
    /** Whether the current container already holds a value (a comma is due before the next). */
    private boolean hasValue;
    private boolean afterName;

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        separate();
        out.append(quote(name)).append(": ");
        afterName = true;
        return this;
    }

    /** Writes a string, number, boolean, null, list or map (string keys) value. */
    JsonWriter value(Object value) {
        if (value instanceof Map<?, ?> map) {
            beginObject();
            map.forEach((k, v) -> name(String.valueOf(k)).value(v));
            return endObject();
        }
        if (value instanceof List<?> list) {
            beginArray();
            list.forEach(this::value);
            return endArray();
        }
        separate();
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            out.append(n);
        } else {
            out.append(quote(String.valueOf(value)));
        }
        hasValue = true;
        return this;
    }

    JsonWriter field(String name, Object value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        return out + "\n";
    }

    private JsonWriter open(char c) {
        separate();
        out.append(c);
        depth++;
        hasValue = false;
        return this;
    }

    private JsonWriter close(char c) {
        depth--;
        if (hasValue) {
            newline();
        }
        out.append(c);
        hasValue = true;
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (hasValue) {
            out.append(',');
        }
        if (depth > 0) {
            newline();
        }
    }

    private void newline() {
        out.append('\n').append("  ".repeat(depth));
    }

    /** {@code s} as a JSON string literal: quotes, backslashes and control characters escaped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    // Line separators are valid JSON but break JavaScript consumers of reports.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
