package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Change counters of the near cache, one per hybrid (hybrids hashed onto a few slots: two
 * hybrids sharing a slot only expire each other's copies sooner). The near cache bumps a
 * hybrid's counter after every change of one of its entries that a reader could notice (a
 * watched or own commit, an offer of a newer snapshot, a forget) and every counter after a
 * clear. A reader that read a counter before gathering snapshots from the near cache may reuse
 * them while the counter has not moved: no entry of that hybrid changed since. Thread-safe.
 */
final class ChangeStamps {

    private static final int SLOTS = 64;

    private final AtomicLongArray stamps = new AtomicLongArray(SLOTS);

    /** The counter of {@code model}'s objects. */
    long of(HybridModel model) {
        return stamps.get(slot(model.name().hashCode()));
    }

    void bump(HybridModel model) {
        stamps.incrementAndGet(slot(model.name().hashCode()));
    }

    /** Bumps the counter of the hybrid of an object key {@code o/<hybrid>/<guid>}. */
    void bump(String objectKey) {
        int hash = 0; // String.hashCode of the hybrid segment, without cutting it out
        for (int i = Keys.OBJECT_ROOT.length(); i < objectKey.length() && objectKey.charAt(i) != '/'; i++) {
            hash = 31 * hash + objectKey.charAt(i);
        }
        stamps.incrementAndGet(slot(hash));
    }

    void bumpAll() {
        for (int i = 0; i < SLOTS; i++) {
            stamps.incrementAndGet(i);
        }
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
