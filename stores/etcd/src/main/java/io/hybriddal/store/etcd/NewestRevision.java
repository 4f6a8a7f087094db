package io.hybriddal.store.etcd;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The newest revision this store object has reported to its callers: by a commit's result, a
 * watch delivery (changes, progress, compaction) or {@code currentRevision}. A serializable get
 * answered by a member behind it is read again linearizably, so that no read through this object
 * is older than what it already told (the SPI's
 * {@link io.hybriddal.dal.spi.ReadConsistency#SERIALIZABLE} contract): a near cache that has
 * applied revision R, then misses, must not cache a document a lagging member still has from
 * before R. Thread-safe.
 */
final class NewestRevision {

    private final AtomicLong newest = new AtomicLong();

    /** The newest revision reported so far; 0 before any. */
    long get() {
        return newest.get();
    }

    /** Records that {@code revision} is about to be reported; call before handing it out. */
    void raise(long revision) {
        // read first: a reply at a revision already recorded, the common case, writes nothing
        long seen = newest.get();
        while (revision > seen && !newest.compareAndSet(seen, revision)) {
            seen = newest.get();
        }
    }
}
