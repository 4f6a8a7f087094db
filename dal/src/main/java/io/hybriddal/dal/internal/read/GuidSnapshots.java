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
    /** The highest revision of an entry {@link #others} evicted, or was cleared at (as a {@link SnapshotTable} segment's). */
    private volatile long othersLost;

    GuidSnapshots(long maximumSize) {
        this.uuids = new SnapshotTable(maximumSize);
        // maintenance (buffer drains, eviction) on the calling thread: a write wakes no pool thread; the eviction
        // listener runs within the removal, so an offer of the same guid after it sees the raised floor
        this.others = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run)
                .<String, Snapshot>evictionListener((guid, snapshot, cause) -> raiseOthersLost(snapshot.revision())).build();
    }

    private synchronized void raiseOthersLost(long revision) {
        othersLost = Math.max(othersLost, revision);
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

    /**
     * Puts {@code snapshot}, read by a reader that started when the near cache had applied
     * everything up to {@code since}, unless something newer is held or, nothing being held,
     * an entry newer than {@code since} was lost where it would go (its tombstone may have been
     * the one evicted); returns whether it was put.
     */
    boolean offer(String guid, Snapshot snapshot, long since) {
        Object key = GuidKey.of(guid);
        if (key instanceof GuidKey bits) {
            return uuids.offer(bits.high(), bits.low(), snapshot, since);
        }
        return others.asMap().compute(guid, (k, old) -> SnapshotTable.offered(old, snapshot, othersLost, since)) == snapshot;
    }

    /** Removes every entry; offers read since {@code floor} or earlier are refused where nothing is held. */
    void clear(long floor) {
        raiseOthersLost(floor); // first: an offer landing while the entries go must already meet the floor
        uuids.clear(floor);
        others.invalidateAll();
    }

    /** Removes the object's entry; an offer read since {@code floor} or earlier is refused where nothing is held. */
    void remove(String guid, long floor) {
        Object key = GuidKey.of(guid);
        if (key instanceof GuidKey bits) {
            uuids.remove(bits.high(), bits.low(), floor);
        } else {
            raiseOthersLost(floor);
            others.invalidate(guid);
        }
    }

    /** Entries held (approximate while threads write). */
    long size() {
        return uuids.size() + others.estimatedSize();
    }
}
