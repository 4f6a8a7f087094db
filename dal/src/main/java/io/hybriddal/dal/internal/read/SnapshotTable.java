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
            if (change != 0 && size.addAndGet(change) > maximumSize) {
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
        return compute(high, low, old -> old == null ? (segmentOf(hash(high, low)).lost > since ? null : snapshot)
                : old.revision() <= snapshot.revision() ? snapshot : old) == snapshot;
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
        volatile Table table = new Table(INITIAL_SLOTS);
        int count;
        int hand;
        /** The highest revision of an entry this segment evicted, or was cleared at. */
        long lost;

        Snapshot compute(long high, long low, int hash, UnaryOperator<Snapshot> remap) {
            Table t = table;
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
            Table t = table;
            int victim = t.victimFrom(hand);
            lost = Math.max(lost, t.values[victim].revision());
            t.removeAt(victim);
            hand = victim + 1 & t.mask;
            count--;
        }

        void clear() {
            table = new Table(INITIAL_SLOTS);
            count = 0;
            hand = 0;
        }
    }

    /**
     * Linear probing over a power-of-two number of slots, kept at most three quarters full; a slot
     * is empty when its snapshot is null. Removal shifts the following entries back (no
     * tombstones), so a probe ends at the first empty slot.
     */
    private static final class Table {
        final int mask;
        /** The key of slot i at 2i (high bits) and 2i + 1 (low bits). */
        final long[] keys;
        final Snapshot[] values;
        /** The clock's reference bits: set by a hit, cleared by the passing hand. */
        final byte[] referenced;

        Table(int slots) {
            this.mask = slots - 1;
            this.keys = new long[slots * 2];
            this.values = new Snapshot[slots];
            this.referenced = new byte[slots];
        }

        /**
         * The key's snapshot, or null. Also runs on a table a writer is changing (the caller
         * checks the stamp): it reads only within the arrays and probes at most every slot.
         */
        Snapshot find(long high, long low, int hash) {
            for (int i = hash & mask, probes = 0; probes <= mask; i = i + 1 & mask, probes++) {
                Snapshot value = values[i];
                if (value == null) {
                    return null;
                }
                if (keys[2 * i] == high && keys[2 * i + 1] == low) {
                    if (referenced[i] == 0) {
                        referenced[i] = 1; // a racy hint for the clock: a lost bit costs one early eviction
                    }
                    return value;
                }
            }
            return null;
        }

        /** The key's slot, or the empty slot where it would go. Under the segment's lock. */
        int slotOf(long high, long low, int hash) {
            int i = hash & mask;
            while (values[i] != null && (keys[2 * i] != high || keys[2 * i + 1] != low)) {
                i = i + 1 & mask;
            }
            return i;
        }

        void put(int slot, long high, long low, Snapshot value) {
            keys[2 * slot] = high;
            keys[2 * slot + 1] = low;
            values[slot] = value;
            referenced[slot] = 1; // just written: not the next one out
        }

        /** The slot the clock evicts next, from {@code hand} on (clearing the reference bits it passes). */
        int victimFrom(int hand) {
            for (int i = hand; ; i = i + 1 & mask) {
                if (values[i] != null) {
                    if (referenced[i] == 0) {
                        return i;
                    }
                    referenced[i] = 0;
                }
            }
        }

        /** Empties {@code slot} and moves back each following entry whose probe passes it (Knuth's algorithm R). */
        void removeAt(int slot) {
            int hole = slot;
            for (int j = hole + 1 & mask; values[j] != null; j = j + 1 & mask) {
                int home = (int) hash(keys[2 * j], keys[2 * j + 1]) & mask;
                boolean reachable = hole <= j ? hole < home && home <= j : hole < home || home <= j;
                if (!reachable) {
                    move(j, hole);
                    hole = j;
                }
            }
            values[hole] = null;
            referenced[hole] = 0;
        }

        private void move(int from, int to) {
            keys[2 * to] = keys[2 * from];
            keys[2 * to + 1] = keys[2 * from + 1];
            values[to] = values[from];
            referenced[to] = referenced[from];
        }

        Table grown() {
            Table bigger = new Table((mask + 1) * 2);
            for (int i = 0; i <= mask; i++) {
                if (values[i] != null) {
                    int slot = bigger.slotOf(keys[2 * i], keys[2 * i + 1], (int) hash(keys[2 * i], keys[2 * i + 1]));
                    bigger.keys[2 * slot] = keys[2 * i];
                    bigger.keys[2 * slot + 1] = keys[2 * i + 1];
                    bigger.values[slot] = values[i];
                    bigger.referenced[slot] = referenced[i];
                }
            }
            return bigger;
        }
    }
}
