package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;

/**
 * The near cache as a query run sees it: the snapshots it holds already decoded, and the
 * candidate documents a run read and decoded, offered so the result's members are served next.
 */
interface CandidateSnapshots {

    /** No near cache: nothing cached, nothing kept. */
    CandidateSnapshots NONE = new CandidateSnapshots() {
        @Override
        public Snapshot cached(HybridModel model, String guid) {
            return null;
        }

        @Override
        public void fetched(String guid, Snapshot snapshot) {
        }
    };

    /** The cached snapshot of the object, or null. */
    Snapshot cached(HybridModel model, String guid);

    /** Told of a candidate document a run read by guid and decoded (about the size of the result). */
    void fetched(String guid, Snapshot snapshot);
}
