package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.internal.codec.Snapshot;
import java.util.Map;

/** A save or delete waiting to be committed, alone or with the rest of a transaction. */
public sealed interface PendingWrite permits ObjectWrite {

    /** The object's store key. */
    String key();

    /**
     * Adds this write's conditions and operations to {@code commit}.
     *
     * @param fresh null on the first attempt (work from what the instance loaded); on retries,
     *              the current stored snapshots by key (absent: deleted)
     */
    void contribute(CommitAssembly commit, Map<String, Snapshot> fresh);

    /** The commit (or, when nothing needed writing, the attempt) succeeded at {@code revision}. */
    void complete(long revision);

    /** Hybrid and guid, for messages. */
    String describe();

    /** The hybrid name. */
    String hybrid();
}
