package io.hybriddal.codegen;

import io.hybriddal.codegen.TypeRules.Shape;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a {@code @Property(defaultValue)} converts to the property's type, with the same rules
 * the engine applies when it creates an object: numbers, {@code true}/{@code false}, an enum
 * constant's name, ISO-8601 for {@code Instant}, JSON for collections and records.
 */
final class DefaultValues {

    private DefaultValues() {
    }

    /** Why {@code text} is not a value of {@code type} (of shape {@code shape}), or empty when it is. */
    static Optional<String> problem(String text, TypeMirror type, Shape shape) {
        try {
            switch (shape) {
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
                    return enumProblem(text, (TypeElement) ((DeclaredType) type).asElement());
                case INSTANT:
                    Instant.parse(text);
                    return Optional.empty();
                case LIST, SET:
                    return jsonProblem(text, JsonSyntax.Kind.ARRAY, "a JSON array such as [\"a\", \"b\"]");
                default:
                    return jsonProblem(text, JsonSyntax.Kind.OBJECT, "a JSON object such as {\"key\": 1}");
            }
        } catch (NumberFormatException e) {
            return Optional.of(shape == Shape.DOUBLE ? "write a number such as 2.5"
                    : "write a whole number within the range of " + shape.name().toLowerCase(java.util.Locale.ROOT) + ", such as 0");
        } catch (DateTimeParseException e) {
            return Optional.of("write an ISO-8601 instant such as 2024-01-31T12:00:00Z");
        }
    }

    private static Optional<String> enumProblem(String text, TypeElement enumType) {
        boolean known = enumType.getEnclosedElements().stream()
                .anyMatch(e -> e.getKind() == ElementKind.ENUM_CONSTANT && e.getSimpleName().contentEquals(text));
        if (known) {
            return Optional.empty();
        }
        StringBuilder names = new StringBuilder();
        enumType.getEnclosedElements().stream().filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .forEach(e -> names.append(names.length() > 0 ? ", " : "").append(e.getSimpleName()));
        return Optional.of("write one of the constants of " + enumType.getSimpleName() + ": " + names);
    }

    private static Optional<String> jsonProblem(String text, JsonSyntax.Kind expected, String example) {
        try {
            JsonSyntax.Kind kind = JsonSyntax.parse(text);
            return kind == expected ? Optional.empty()
                    : Optional.of("it is a JSON " + kind.name().toLowerCase(java.util.Locale.ROOT) + "; write " + example);
        } catch (IllegalArgumentException e) {
            return Optional.of("it is not valid JSON (" + e.getMessage() + "); write " + example);
        }
    }
}
