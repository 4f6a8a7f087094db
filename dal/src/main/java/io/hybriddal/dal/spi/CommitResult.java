package io.hybriddal.dal.spi;

import java.util.Set;

/**
 * The outcome of {@link PersistentStore#commit(Commit)}.
 *
 * @param succeeded  whether every condition held and the operations were applied
 * @param revision   on success, the revision of the applied commit; on failure, the store's
 *                   revision when the conditions were evaluated
 * @param failedKeys on failure, the keys of the conditions that did not hold (never empty
 *                   then); on success, empty
 */
public record CommitResult(boolean succeeded, long revision, Set<String> failedKeys) {

    public CommitResult {
        failedKeys = Set.copyOf(failedKeys);
    }

    public static CommitResult success(long revision) {
        return new CommitResult(true, revision, Set.of());
    }

    public static CommitResult failure(long revision, Set<String> failedKeys) {
        if (failedKeys.isEmpty()) {
            throw new IllegalArgumentException("a failed commit names the keys whose conditions failed");
        }
        return new CommitResult(false, revision, failedKeys);
    }
}
