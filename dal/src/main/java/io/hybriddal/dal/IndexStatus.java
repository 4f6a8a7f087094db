package io.hybriddal.dal;

import java.util.Objects;

/**
 * The state of one derived key space in the store: the unique values or index entries of a
 * property, or the reverse entries of a relation. Queries use a key space only when it is
 * {@link State#READY}. Immutable.
 *
 * @param hybrid the hybrid declaring the property or relation
 * @param field  the property's or relation's name
 * @param kind   what the key space holds
 * @param state  its state as recorded in the store
 */
public record IndexStatus(String hybrid, String field, Kind kind, State state) {

    /** What a key space holds. */
    public enum Kind {
        /** Unique values of a {@code @Property(unique = true)}: value → owner guid. */
        UNIQUE,
        /** Index entries of a {@code @Property(indexed = true)}: value → guids. */
        INDEX,
        /** Reverse entries of a relation: target guid → children, read by backrefs. */
        REVERSE
    }

    /** Whether the key space holds an entry for every stored object. */
    public enum State {
        /** Complete: queries use it. */
        READY,
        /** Being built by {@link Dal#migrate()}: queries scan instead; saves keep it up to date. */
        BUILDING,
        /** Declared on a store holding objects saved before it: queries scan until {@link Dal#migrate()} builds it. */
        ABSENT
    }

    public IndexStatus {
        Objects.requireNonNull(hybrid, "hybrid");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
    }

    /** {@code vdisk.name UNIQUE READY}. */
    @Override
    public String toString() {
        return hybrid + "." + field + " " + kind + " " + state;
    }
}
