package io.hybriddal.dal;

import java.util.List;
import java.util.Objects;

/**
 * The model as the store records it, next to the model of this code: what {@link Dal#migrate()}
 * would do. Immutable; a snapshot taken by {@link Dal#modelStatus()}.
 *
 * @param storedVersion the model version the store is at (0: no migration ever ran)
 * @param knownVersion  the highest version of this code's migrations (0: none)
 * @param pending       the migrations the store has not recorded, in the order they would run
 * @param indexes       every key space the registered hybrids declare, with its state
 * @param obsolete      key spaces the store records for registered hybrids that no longer declare
 *                      them: {@code migrate()} deletes their entries
 * @param renamedFields {@code hybrid.property <- former} for every former property name declared:
 *                      {@code migrate()} rewrites documents still holding the former name
 */
public record ModelStatus(int storedVersion, int knownVersion, List<Migration> pending, List<IndexStatus> indexes,
                          List<IndexStatus> obsolete, List<String> renamedFields) {

    public ModelStatus {
        pending = List.copyOf(Objects.requireNonNull(pending, "pending"));
        indexes = List.copyOf(Objects.requireNonNull(indexes, "indexes"));
        obsolete = List.copyOf(Objects.requireNonNull(obsolete, "obsolete"));
        renamedFields = List.copyOf(Objects.requireNonNull(renamedFields, "renamedFields"));
    }

    /** Whether every declared key space is ready, nothing is obsolete and no migration is pending. */
    public boolean upToDate() {
        return pending.isEmpty() && obsolete.isEmpty() && indexes.stream().allMatch(i -> i.state() == IndexStatus.State.READY);
    }
}
