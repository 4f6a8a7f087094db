package io.hybriddal.dal.internal.feed;

import io.hybriddal.dal.internal.codec.Snapshot;

/**
 * A compiled {@link io.hybriddal.dal.Filter} over one stored version of an object (the query
 * engine provides it; the feed does not know queries). Called from one thread at a time.
 */
@FunctionalInterface
public interface SnapshotFilter {

    /** Whether the object {@code guid}, stored as {@code snapshot}, matches. */
    boolean test(String guid, Snapshot snapshot);
}
