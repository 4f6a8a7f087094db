package io.hybriddal.dal.spi;

/** How recent a persistent-store read must be. */
public enum ReadConsistency {
    /**
     * May be served by any member and lag the latest commit slightly (etcd: serializable), but is
     * never older than a revision the same store object reported before the read started: in a
     * {@link CommitResult}, a {@link WatchListener} call or {@link PersistentStore#currentRevision()}
     * (an earlier read does not count). A near cache relies on it: once it has applied a watched
     * change, a serializable read through the same store cannot hand it the document from before.
     * etcd reads again linearizably when the member answering is behind, so such a read can fail
     * while the cluster elects a leader.
     */
    SERIALIZABLE,
    /** Reflects every commit acknowledged before the read started (etcd: linearizable). */
    LINEARIZABLE
}
