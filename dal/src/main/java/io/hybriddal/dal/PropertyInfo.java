package io.hybriddal.dal;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/** A persistent property of a registered hybrid. Immutable and thread-safe. */
public non-sealed interface PropertyInfo extends MemberInfo {

    /** The getter's erased return type ({@code long.class}, {@code List.class}, an enum class...). */
    Class<?> javaType();

    /** The getter's declared generic return type ({@code List<String>}). */
    Type genericType();

    /** Whether a save requires a value ({@code @Property(mandatory)}); a primitive always has one. */
    boolean mandatory();

    /** Whether no two objects of the hybrid may hold one (non-null) value. */
    boolean unique();

    /** Whether equality queries use an index of the property. */
    boolean indexed();

    /** Whether the value is a scalar (string, number, boolean, enum): the kinds that may be unique or indexed. */
    boolean scalar();

    /** The value of new objects, converted to the property's type; empty when none is declared (a primitive's zero counts as none). */
    Optional<Object> defaultValue();

    /**
     * Older stored names of the field ({@code @Property(formerly)}), newest first: read when a
     * document lacks {@link #name()}, rewritten to it by {@link Dal#migrate()}.
     */
    List<String> formerly();
}
