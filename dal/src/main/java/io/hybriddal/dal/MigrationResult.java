package io.hybriddal.dal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link Dal#migrate()} did. Immutable.
 *
 * @param applied          the versions of the migrations it ran and recorded, ascending
 * @param indexesBuilt     the key spaces it built (now {@link IndexStatus.State#READY})
 * @param indexesDropped   the key spaces it deleted, no longer declared
 * @param objectsRewritten documents rewritten from former property names to current ones
 * @param duration         how long it took, waiting for the migrator lock included
 */
public record MigrationResult(List<Integer> applied, List<IndexStatus> indexesBuilt, List<IndexStatus> indexesDropped,
                              long objectsRewritten, Duration duration) {

    public MigrationResult {
        applied = List.copyOf(Objects.requireNonNull(applied, "applied"));
        indexesBuilt = List.copyOf(Objects.requireNonNull(indexesBuilt, "indexesBuilt"));
        indexesDropped = List.copyOf(Objects.requireNonNull(indexesDropped, "indexesDropped"));
        Objects.requireNonNull(duration, "duration");
    }
}
