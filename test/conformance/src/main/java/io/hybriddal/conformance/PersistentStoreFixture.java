package io.hybriddal.conformance;

import io.hybriddal.dal.spi.PersistentStore;

/**
 * What the persistent-store contracts need from the test class that runs them. Implemented once,
 * by {@link PersistentStoreContract}; store modules extend that class rather than implementing
 * this interface themselves.
 */
public interface PersistentStoreFixture {

    /** Namespace of the store most contracts use. */
    String DEFAULT_NAMESPACE = "conformance";

    /** A fresh, empty store in {@code namespace}, closed after the test. */
    PersistentStore newStore(String namespace);

    /** A fresh, empty store in {@link #DEFAULT_NAMESPACE}, closed after the test. */
    default PersistentStore newStore() {
        return newStore(DEFAULT_NAMESPACE);
    }

    /** Registers {@code resource} (a watch, a store...) to be closed after the test; returns it. */
    <T extends AutoCloseable> T closeAfterTest(T resource);

    /** Whether {@link #compactHistory(PersistentStore, long)} is available. */
    boolean compactionSupported();

    /** Discards the change history of {@code store} up to {@code revision}, as etcd compaction does. */
    void compactHistory(PersistentStore store, long revision);

    /** Starts a watch recorded by a new {@link WatchRecorder}, closed after the test. */
    default WatchRecorder startWatch(PersistentStore store, String prefix, long afterRevision) {
        WatchRecorder recorder = new WatchRecorder();
        closeAfterTest(store.watch(prefix, afterRevision, recorder));
        return recorder;
    }
}
