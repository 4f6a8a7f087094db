package io.hybriddal.dal.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The value types hybrid-dal can store as a property or cache as a dynamic: {@code String},
 * {@code int/long/double/boolean} and their boxes, enums, {@code Instant}, {@code List}/{@code Set}
 * of those, {@code Map<String, ...>} of those, and records whose components are those (nesting
 * allowed, but no record may contain itself, directly or through others: {@link #recordCycle}).
 * Anything else has no faithful JSON form.
 */
public final class ValueTypes {

    static final String ALLOWED = "String, int, long, double, boolean (or their boxes), an enum, Instant, "
            + "List/Set of those, Map<String, those>, or a record of those";

    private ValueTypes() {
    }

    /** The first part of {@code type} that is not a value (the type itself or a nested one), or empty. */
    public static Optional<TypeView> disallowedPart(TypeView type) {
        return disallowedPart(type, new HashSet<>());
    }

    /**
     * The records of a cycle in {@code type}, written {@code Tree -> Tree} or {@code A -> B -> A},
     * or empty when no record contains itself. Records are compared by erased name, so a generic
     * record that nests itself with other arguments is a cycle too. Check this before
     * {@link #disallowedPart}: it terminates on any type.
     */
    public static Optional<String> recordCycle(TypeView type) {
        return recordCycle(type, new ArrayList<>());
    }

    private static Optional<String> recordCycle(TypeView type, List<TypeView> path) {
        if (type.erroneous()) {
            return Optional.empty();
        }
        List<TypeView> inside = type.arguments();
        if (type.form() == Form.RECORD) {
            for (int i = 0; i < path.size(); i++) {
                if (path.get(i).rawName().equals(type.rawName())) {
                    List<String> names = new ArrayList<>();
                    path.subList(i, path.size()).stream().filter(r -> r.form() == Form.RECORD).forEach(r -> names.add(r.written()));
                    names.add(type.written());
                    return Optional.of(String.join(" -> ", names));
                }
            }
            inside = type.components();
        }
        path.add(type);
        try {
            for (TypeView part : inside) {
                Optional<String> cycle = recordCycle(part, path);
                if (cycle.isPresent()) {
                    return cycle;
                }
            }
            return Optional.empty();
        } finally {
            path.remove(path.size() - 1);
        }
    }

    /** {@code ", because of X,"} when the part is nested, for the message; empty text otherwise. */
    static String because(TypeView type, TypeView part) {
        return part == type ? "" : ", because of " + part.written() + ",";
    }

    private static Optional<TypeView> disallowedPart(TypeView type, Set<String> recordsSeen) {
        if (type.erroneous()) {
            return Optional.empty();
        }
        List<TypeView> args = type.arguments();
        switch (type.form()) {
            case VOID, OTHER:
                return Optional.of(type);
            case LIST, SET:
                return args.size() == 1 ? disallowedPart(args.get(0), recordsSeen) : Optional.of(type);
            case MAP:
                if (args.size() != 2) {
                    return Optional.of(type);
                }
                return args.get(0).form() != Form.STRING ? Optional.of(args.get(0)) : disallowedPart(args.get(1), recordsSeen);
            case RECORD:
                // recordCycle refuses a record containing itself first; a record reached twice is checked once.
                if (!recordsSeen.add(type.qualified())) {
                    return Optional.empty();
                }
                for (TypeView component : type.components()) {
                    Optional<TypeView> bad = disallowedPart(component, recordsSeen);
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
