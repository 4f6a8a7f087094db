package io.hybriddal.dal.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A method of a hybrid class with what its hybrid-dal annotations say, as the rules see it.
 * Attributes of an annotation the method does not carry read as their defaults.
 */
public interface MethodView {

    /** The hybrid-dal member annotations. */
    enum Mark {
        PROPERTY, RELATION, BACKREF, DYNAMIC;

        /** {@code @Property} and so on. */
        public String written() {
            return "@" + name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    String name();

    List<TypeView> parameters();

    TypeView returnType();

    boolean isAbstract();

    boolean isStatic();

    /** Final or private: hybrid-dal could not override it. */
    boolean isSealed();

    /** Declared in a base hybrid: it is checked with that hybrid, and here only read (names, getters). */
    boolean inherited();

    /** The member annotations it carries, in the order of {@link Mark}. */
    Set<Mark> marks();

    boolean unique();

    boolean indexed();

    /** {@code @Property(defaultValue)}, empty when none is given. */
    Optional<String> defaultValue();

    /** {@code @Relation(backref)} or {@code @Backref(value)}; empty text otherwise. */
    String backrefName();

    /** {@code @Dynamic(ttl)}. */
    int ttl();

    /** A short signature for messages: {@code getSize()}, {@code setSize(long)}. */
    default String signature() {
        return name() + parameters().stream().map(TypeView::written).collect(Collectors.joining(", ", "(", ")"));
    }
}
