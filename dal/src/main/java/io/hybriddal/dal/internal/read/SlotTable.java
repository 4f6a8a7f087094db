package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.internal.codec.Snapshot;

/**
 * Linear probing over a power-of-two number of slots, kept at most three quarters full; a slot
 * is empty when its snapshot is null. Removal shifts the following entries back (no
 * tombstones), so a probe ends at the first empty slot. One {@link SnapshotTable} segment's
 * table, changed under the segment's lock only.
 */
final class SlotTable {

    final int mask;
    /** The key of slot i at 2i (high bits) and 2i + 1 (low bits). */
    final long[] keys;
    final Snapshot[] values;
    /** The clock's reference bits: set by a hit, cleared by the passing hand. */
    final byte[] referenced;

    SlotTable(int slots) {
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
            int home = (int) SnapshotTable.hash(keys[2 * j], keys[2 * j + 1]) & mask;
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

    SlotTable grown() {
        SlotTable bigger = new SlotTable((mask + 1) * 2);
        for (int i = 0; i <= mask; i++) {
            if (values[i] != null) {
                int slot = bigger.slotOf(keys[2 * i], keys[2 * i + 1], (int) SnapshotTable.hash(keys[2 * i], keys[2 * i + 1]));
                bigger.keys[2 * slot] = keys[2 * i];
                bigger.keys[2 * slot + 1] = keys[2 * i + 1];
                bigger.values[slot] = values[i];
                bigger.referenced[slot] = referenced[i];
            }
        }
        return bigger;
    }
}
