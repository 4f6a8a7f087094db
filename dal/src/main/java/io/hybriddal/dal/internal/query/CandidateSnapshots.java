package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;

/**
 * The near cache as a query run sees it: the snapshots it holds already decoded, whether they
 * are as new as the store's, and the candidate documents a run read and decoded, offered so the
 * result's members are served next.
 */
interface CandidateSnapshots {

    /** No near cache: nothing cached, nothing kept. */
    CandidateSnapshots NONE = new CandidateSnapshots() {
        @Override
        public Snapshot cached(HybridModel model, String guid) {
            return null;
        }

        @Override
        public long readStart() {
            return 0;
        }

        @Override
        public void fetched(String guid, Snapshot snapshot, long since) {
        }

        @Override
        public boolean current() {
            return false;
        }
    };

    /** The cached snapshot of the object, or null. */
    Snapshot cached(HybridModel model, String guid);

    /** Where the near cache stood before a run reads documents: handed back with what it read to {@link #fetched}. */
    long readStart();

    /** Told of a candidate document a run read by guid and decoded (about the size of the result), {@link #readStart} before the read. */
    void fetched(String guid, Snapshot snapshot, long since);

    /**
     * Whether the snapshots {@link #cached} gives from now on are at least as new as anything
     * read from the store before this call (the near cache's {@code current()}), so that a
     * candidate it holds needs no read of its document.
     */
    boolean current();
}
