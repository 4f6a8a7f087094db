package io.hybriddal.dal;

/** How fresh a read must be. */
public enum Consistency {
    /** The near cache may serve (kept coherent by the store's watch; staleness is bounded). */
    CACHED,
    /** Read from the persistent store, linearizably, bypassing every cache. */
    STRONG
}
