package io.hybriddal.dal.spi.support;

import io.hybriddal.dal.spi.KeyChange;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The last commits of a {@link WatchHub}, for watches from a past revision. Guarded by the
 * store's lock. A ring of two parallel arrays (revisions, changes) that grows up to the
 * capacity: appending a commit allocates nothing, and dropping the oldest reads its revision
 * from the array, not from an old entry object.
 */
final class CommitHistory {

    private final int capacity;
    private long[] revisions = new long[16];
    private Object[] changes = new Object[16];
    private int head;
    private int size;

    CommitHistory(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("history size must not be negative: " + capacity);
        }
        this.capacity = capacity;
    }

    /** @param changes immutable */
    void append(long revision, List<KeyChange> changes) {
        if (capacity == 0) {
            return;
        }
        if (size == capacity) {
            dropOldest();
        }
        if (size == revisions.length) {
            grow();
        }
        int at = (head + size) % revisions.length;
        revisions[at] = revision;
        this.changes[at] = changes;
        size++;
    }

    /** The oldest revision still replayable, or 0 when none is kept. */
    long oldestRevision() {
        return size == 0 ? 0 : revisions[head];
    }

    @SuppressWarnings("unchecked")
    void replay(long afterRevision, BiConsumer<Long, List<KeyChange>> sink) {
        for (int i = 0; i < size; i++) {
            int at = (head + i) % revisions.length;
            if (revisions[at] > afterRevision) {
                sink.accept(revisions[at], (List<KeyChange>) changes[at]);
            }
        }
    }

    void dropThrough(long revision) {
        while (size > 0 && revisions[head] <= revision) {
            dropOldest();
        }
    }

    private void dropOldest() {
        changes[head] = null;
        head = (head + 1) % revisions.length;
        size--;
    }

    /** Doubles the ring (up to the capacity), the oldest commit moving to the start. */
    private void grow() {
        int length = (int) Math.min(capacity, 2L * revisions.length);
        long[] r = new long[length];
        Object[] c = new Object[length];
        for (int i = 0; i < size; i++) {
            int at = (head + i) % revisions.length;
            r[i] = revisions[at];
            c[i] = changes[at];
        }
        revisions = r;
        changes = c;
        head = 0;
    }
}
