package io.hybriddal.dal.spi;

/** How recent a persistent-store read must be. */
public enum ReadConsistency {
    /** May be served by any member and lag the latest commit slightly (etcd: serializable). */
    SERIALIZABLE,
    /** Reflects every commit acknowledged before the read started (etcd: linearizable). */
    LINEARIZABLE
}
