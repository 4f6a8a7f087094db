package io.hybriddal.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The property types hybrid-dal can store: {@code String}, {@code int/long/double/boolean} and
 * their boxes, enums, {@code Instant}, {@code List}/{@code Set} of those, {@code Map<String, ...>}
 * of those, and records whose components are those (nesting allowed).
 */
final class TypeRules {

    /** The top-level shape of an allowed type; decides which defaults and flags make sense. */
    enum Shape {
        STRING, INT, LONG, DOUBLE, BOOLEAN, ENUM, INSTANT, LIST, SET, MAP, RECORD;

        /** Scalars may be unique or indexed. */
        boolean isScalar() {
            return this != INSTANT && this != LIST && this != SET && this != MAP && this != RECORD;
        }
    }

    static final String ALLOWED = "String, int, long, double, boolean (or their boxes), an enum, Instant, "
            + "List/Set of those, Map<String, those>, or a record of those";

    private TypeRules() {
    }

    /** The shape of {@code type}, or empty when it is not a storable type at the top level. */
    static Optional<Shape> shape(TypeMirror type) {
        switch (type.getKind()) {
            case INT: return Optional.of(Shape.INT);
            case LONG: return Optional.of(Shape.LONG);
            case DOUBLE: return Optional.of(Shape.DOUBLE);
            case BOOLEAN: return Optional.of(Shape.BOOLEAN);
            case DECLARED: break;
            default: return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM) {
            return Optional.of(Shape.ENUM);
        }
        if (element.getKind() == ElementKind.RECORD) {
            return Optional.of(Shape.RECORD);
        }
        return Optional.ofNullable(switch (element.getQualifiedName().toString()) {
            case "java.lang.String" -> Shape.STRING;
            case "java.lang.Integer" -> Shape.INT;
            case "java.lang.Long" -> Shape.LONG;
            case "java.lang.Double" -> Shape.DOUBLE;
            case "java.lang.Boolean" -> Shape.BOOLEAN;
            case "java.time.Instant" -> Shape.INSTANT;
            case "java.util.List" -> Shape.LIST;
            case "java.util.Set" -> Shape.SET;
            case "java.util.Map" -> Shape.MAP;
            default -> null;
        });
    }

    /** The first part of {@code type} that cannot be stored (the type itself or a nested one), or empty. */
    static Optional<TypeMirror> disallowedPart(TypeMirror type) {
        return disallowedPart(type, new HashSet<>());
    }

    private static Optional<TypeMirror> disallowedPart(TypeMirror type, Set<String> recordsSeen) {
        Optional<Shape> shape = shape(type);
        if (shape.isEmpty()) {
            return Optional.of(type);
        }
        List<? extends TypeMirror> args = type.getKind() == TypeKind.DECLARED
                ? ((DeclaredType) type).getTypeArguments() : List.of();
        switch (shape.get()) {
            case LIST, SET:
                return args.size() == 1 ? disallowedPart(args.get(0), recordsSeen) : Optional.of(type);
            case MAP:
                if (args.size() != 2) {
                    return Optional.of(type);
                }
                return shape(args.get(0)).filter(s -> s == Shape.STRING).isEmpty()
                        ? Optional.of(args.get(0)) : disallowedPart(args.get(1), recordsSeen);
            case RECORD:
                TypeElement record = (TypeElement) ((DeclaredType) type).asElement();
                // A record may contain itself (a tree); it is checked once.
                if (!recordsSeen.add(record.getQualifiedName().toString())) {
                    return Optional.empty();
                }
                for (RecordComponentElement component : record.getRecordComponents()) {
                    Optional<TypeMirror> bad = disallowedPart(component.asType(), recordsSeen);
                    if (bad.isPresent()) {
                        return bad;
                    }
                }
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }
}
