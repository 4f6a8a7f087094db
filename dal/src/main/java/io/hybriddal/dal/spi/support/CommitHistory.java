package io.hybriddal.dal.spi.support;

import io.hybriddal.dal.spi.KeyChange;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.BiConsumer;

/** The last commits of a {@link WatchHub}, for watches from a past revision. Guarded by the store's lock. */
final class CommitHistory {

    private record Entry(long revision, List<KeyChange> changes) {
    }

    private final int capacity;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long droppedThrough;

    CommitHistory(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("history size must not be negative: " + capacity);
        }
        this.capacity = capacity;
    }

    void append(long revision, List<KeyChange> changes) {
        if (capacity == 0) {
            droppedThrough = revision;
            return;
        }
        if (entries.size() == capacity) {
            droppedThrough = entries.removeFirst().revision();
        }
        entries.addLast(new Entry(revision, List.copyOf(changes)));
    }

    /** The oldest revision still replayable, or 0 when none is kept. */
    long oldestRevision() {
        return entries.isEmpty() ? 0 : entries.getFirst().revision();
    }

    void replay(long afterRevision, BiConsumer<Long, List<KeyChange>> sink) {
        for (Entry e : entries) {
            if (e.revision() > afterRevision) {
                sink.accept(e.revision(), e.changes());
            }
        }
    }

    void dropThrough(long revision) {
        while (!entries.isEmpty() && entries.getFirst().revision() <= revision) {
            droppedThrough = entries.removeFirst().revision();
        }
        droppedThrough = Math.max(droppedThrough, revision);
    }
}
