package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;

/** Told of every object a commit wrote or deleted, so that caches (near cache, dynamics) follow at once. */
@FunctionalInterface
public interface CommitListener {

    /**
     * A commit at {@code revision} wrote the object ({@code stored}: its new state), or deleted or
     * changed it on the side ({@code stored == null}).
     */
    void committed(HybridModel model, String guid, Snapshot stored, long revision);
}
