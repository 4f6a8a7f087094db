package io.hybriddal.dal.internal.rules;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a {@code @Property(defaultValue)} text is a value of the property's type: a number,
 * {@code true}/{@code false}, an enum constant's name, ISO-8601 for {@code Instant}, JSON for
 * collections and records; any text for a {@code String}. The text is taken as written (no
 * trimming), the same strictness as the stored JSON.
 */
public final class DefaultValues {

    private DefaultValues() {
    }

    /** Why {@code text} is not a value of {@code type} (a storable type), or empty when it is. */
    public static Optional<String> problem(String text, TypeView type) {
        Form form = type.form();
        try {
            switch (form) {
                case STRING:
                    return Optional.empty();
                case INT:
                    Integer.parseInt(text);
                    return Optional.empty();
                case LONG:
                    Long.parseLong(text);
                    return Optional.empty();
                case DOUBLE:
                    Double.parseDouble(text);
                    return Optional.empty();
                case BOOLEAN:
                    return text.equals("true") || text.equals("false")
                            ? Optional.empty() : Optional.of("write true or false");
                case ENUM:
                    return type.constants().contains(text) ? Optional.empty()
                            : Optional.of("write one of the constants of " + simpleName(type) + ": "
                                    + String.join(", ", type.constants()));
                case INSTANT:
                    Instant.parse(text);
                    return Optional.empty();
                case LIST, SET:
                    return jsonProblem(text, JsonSyntax.Kind.ARRAY, "a JSON array such as [\"a\", \"b\"]");
                default:
                    return jsonProblem(text, JsonSyntax.Kind.OBJECT, "a JSON object such as {\"key\": 1}");
            }
        } catch (NumberFormatException e) {
            return Optional.of(form == Form.DOUBLE ? "write a number such as 2.5"
                    : "write a whole number within the range of " + form.name().toLowerCase(Locale.ROOT) + ", such as 0");
        } catch (DateTimeParseException e) {
            return Optional.of("write an ISO-8601 instant such as 2024-01-31T12:00:00Z");
        }
    }

    private static String simpleName(TypeView type) {
        return type.written().substring(type.written().lastIndexOf('.') + 1);
    }

    private static Optional<String> jsonProblem(String text, JsonSyntax.Kind expected, String example) {
        try {
            JsonSyntax.Kind kind = JsonSyntax.parse(text);
            return kind == expected ? Optional.empty()
                    : Optional.of("it is a JSON " + kind.name().toLowerCase(Locale.ROOT) + "; write " + example);
        } catch (IllegalArgumentException e) {
            return Optional.of("it is not valid JSON (" + e.getMessage() + "); write " + example);
        }
    }
}
