package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.internal.codec.Snapshot;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.StampedLock;
import java.util.function.UnaryOperator;

/**
 * The near cache's storage for guids that are canonical UUIDs: snapshots by the guid's 128 bits,
 * bounded, with no object per entry. Each segment is an open-addressing table of three arrays
 * (the keys' bits, the snapshots, a reference bit), so a hit reads the two array slots and the
 * snapshot. A map of entry objects (the key, the map's node, the cache's node) spreads one cached
 * object over as many places in the heap, each a cache and TLB miss: a Caffeine-backed near cache
 * measured 7× a raw Caffeine lookup whose entries sat together, and 110 bytes per entry against
 * about 45 here.
 *
 * <p>Reads take no lock: they read optimistically and check the segment's {@link StampedLock}
 * stamp afterwards, reading again under its read lock if a write intervened. Writes lock their
 * segment. The bound is the table's: an insert past it evicts one entry of its own segment by
 * the clock algorithm (a hit sets the slot's reference bit; the hand clears set bits and evicts
 * the first entry it finds clear). Guids spread evenly over the segments, and a near cache sized
 * for its working set needs no cleverer policy than that (Caffeine's W-TinyLFU). Thread-safe.
 */
public final class SnapshotTable {

    private static final int MAX_SEGMENTS = 64;
    /** Entries per segment below which fewer segments are used: the clock evicts within a segment, which needs a few to choose among. */
    private static final int MIN_SEGMENT_SIZE = 16;
    private static final int INITIAL_SLOTS = 16;

    private final Segment[] segments;
    private final int segmentShift;
    private final long maximumSize;
    /** Entries in all segments; changed under a segment's lock, so it may exceed the maximum only while an insert evicts. */
    private final AtomicLong size = new AtomicLong();

    /** @param maximumSize entries kept at most; at least 1 */
    public SnapshotTable(long maximumSize) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1, got " + maximumSize);
        }
        int count = (int) Math.min(MAX_SEGMENTS, Math.max(1, Long.highestOneBit(maximumSize / MIN_SEGMENT_SIZE)));
        this.maximumSize = maximumSize;
        this.segments = new Segment[count];
        for (int i = 0; i < count; i++) {
            segments[i] = new Segment();
        }
        this.segmentShift = 64 - Integer.numberOfTrailingZeros(count);
    }

    /** The snapshot held for the key, or null. */
    public Snapshot get(long high, long low) {
        long hash = hash(high, low);
        Segment segment = segmentOf(hash);
        StampedLock lock = segment.lock;
        long stamp = lock.tryOptimisticRead();
        Snapshot found = segment.table.find(high, low, (int) hash);
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                found = segment.table.find(high, low, (int) hash);
            } finally {
                lock.unlockRead(stamp);
            }
        }
        return found;
    }

    /**
     * Replaces the key's snapshot (null if none) by {@code remap}'s answer (null removes it),
     * atomically for the key, and returns that answer. {@code remap} runs under the segment's
     * lock: it must be quick and must not use this table.
     */
    public Snapshot compute(long high, long low, UnaryOperator<Snapshot> remap) {
        long hash = hash(high, low);
        Segment segment = segmentOf(hash);
        long stamp = segment.lock.writeLock();
        try {
            int before = segment.count;
            Snapshot answer = segment.compute(high, low, (int) hash, remap);
            int change = segment.count - before;
            if (change != 0 && size.addAndGet(change) > maximumSize && change > 0) {
                segment.evict();
                size.decrementAndGet();
            }
            return answer;
        } finally {
            segment.lock.unlockWrite(stamp);
        }
    }

    /**
     * Inserts {@code snapshot} for the key unless what is held is newer, or, the key holding
     * nothing, unless its segment lost (evicted, or cleared at) an entry newer than {@code since}
     * (what the reader that made the snapshot may have missed was perhaps just evicted);
     * returns whether it was put.
     */
    public boolean offer(long high, long low, Snapshot snapshot, long since) {
        return compute(high, low, old -> offered(old, snapshot, segmentOf(hash(high, low)).lost, since)) == snapshot;
    }

    /**
     * The near cache's rule for an offer: what to hold after {@code snapshot}, read by a reader
     * that started when everything up to {@code since} was applied, is offered where {@code old}
     * is held (null: nothing) and entries up to revision {@code lost} were lost.
     */
    static Snapshot offered(Snapshot old, Snapshot snapshot, long lost, long since) {
        if (old == null) {
            return lost > since ? null : snapshot;
        }
        return old.revision() <= snapshot.revision() ? snapshot : old;
    }

    /** Removes the key's entry, if any; an {@link #offer} made since {@code floor} or earlier is refused where nothing is held. */
    public void remove(long high, long low, long floor) {
        long hash = hash(high, low);
        Segment segment = segmentOf(hash);
        long stamp = segment.lock.writeLock();
        try {
            int before = segment.count;
            segment.compute(high, low, (int) hash, old -> null);
            size.addAndGet(segment.count - before);
            segment.lost = Math.max(segment.lost, floor);
        } finally {
            segment.lock.unlockWrite(stamp);
        }
    }

    /** Removes every entry; an {@link #offer} made since {@code floor} or earlier is refused where nothing is held. */
    public void clear(long floor) {
        for (Segment segment : segments) {
            long stamp = segment.lock.writeLock();
            try {
                size.addAndGet(-segment.count);
                segment.clear();
                segment.lost = Math.max(segment.lost, floor);
            } finally {
                segment.lock.unlockWrite(stamp);
            }
        }
    }

    /** Entries held. */
    public long size() {
        return Math.min(size.get(), maximumSize);
    }

    private Segment segmentOf(long hash) {
        return segments.length == 1 ? segments[0] : segments[(int) (hash >>> segmentShift)];
    }

    /**
     * Where a key goes: the segment by the top bits, the slot by the low ones. Murmur3's 64-bit
     * finalizer over both halves: guids need not be random (time-based UUIDs share bits). Public
     * for tests that need colliding keys.
     */
    public static long hash(long high, long low) {
        long h = high ^ Long.rotateLeft(low, 31) * 0x9E3779B97F4A7C15L;
        h = (h ^ h >>> 33) * 0xFF51AFD7ED558CCDL;
        h = (h ^ h >>> 33) * 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }

    /**
     * One lock's share: a table, replaced whole when it grows or is cleared, and the clock hand.
     * Changed under its lock only.
     */
    private static final class Segment {
        final StampedLock lock = new StampedLock();
        volatile SlotTable table = new SlotTable(INITIAL_SLOTS);
        int count;
        int hand;
        /** The highest revision of an entry this segment evicted, or was cleared at. */
        long lost;

        Snapshot compute(long high, long low, int hash, UnaryOperator<Snapshot> remap) {
            SlotTable t = table;
            int slot = t.slotOf(high, low, hash);
            Snapshot old = t.values[slot];
            Snapshot now = remap.apply(old);
            if (now == null) {
                if (old != null) {
                    t.removeAt(slot);
                    count--;
                }
            } else if (old != null) {
                t.values[slot] = now;
            } else {
                t.put(slot, high, low, now);
                if (++count > t.mask - (t.mask >>> 2)) {
                    table = t.grown();
                    hand = 0;
                }
            }
            return now;
        }

        void evict() {
            SlotTable t = table;
            int victim = t.victimFrom(hand);
            lost = Math.max(lost, t.values[victim].revision());
            t.removeAt(victim);
            hand = victim + 1 & t.mask;
            count--;
        }

        void clear() {
            table = new SlotTable(INITIAL_SLOTS);
            count = 0;
            hand = 0;
        }
    }
}
