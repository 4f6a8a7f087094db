package io.hybriddal.dal.internal.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hybriddal.dal.internal.codec.Snapshot;
import java.util.function.UnaryOperator;

/**
 * The near cache's entries by guid: a guid that is a canonical UUID (as the Dal makes them) is
 * keyed by its 128 bits in a {@link SnapshotTable}; any other guid an application gave is kept
 * in a Caffeine cache by its String. Each side holds at most the maximum size. Thread-safe.
 */
final class GuidSnapshots {

    private final SnapshotTable uuids;
    private final Cache<String, Snapshot> others;

    GuidSnapshots(long maximumSize) {
        this.uuids = new SnapshotTable(maximumSize);
        // maintenance (buffer drains, eviction) on the calling thread: a write wakes no pool thread
        this.others = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).build();
    }

    /** The object's snapshot, or null. */
    Snapshot get(String guid) {
        Object key = GuidKey.of(guid);
        return key instanceof GuidKey bits ? uuids.get(bits.high(), bits.low()) : others.getIfPresent(guid);
    }

    /** Replaces the object's snapshot (null if none) by {@code remap}'s answer (null removes), atomically for the object. */
    Snapshot compute(String guid, UnaryOperator<Snapshot> remap) {
        Object key = GuidKey.of(guid);
        return key instanceof GuidKey bits ? uuids.compute(bits.high(), bits.low(), remap)
                : others.asMap().compute(guid, (k, old) -> remap.apply(old));
    }

    void clear() {
        uuids.clear();
        others.invalidateAll();
    }

    /** Entries held (approximate while threads write). */
    long size() {
        return uuids.size() + others.estimatedSize();
    }
}
