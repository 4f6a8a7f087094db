package io.hybriddal.conformance;

import io.hybriddal.dal.spi.PersistentStore;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;

/**
 * The conformance contract of {@link PersistentStore}: extend it once per store implementation
 * and every contract interface it implements runs against that store.
 *
 * <p>A subclass must provide {@link #openStore(String)}, returning a fresh, <em>empty</em> store
 * for each call (a new memory store, a unique etcd namespace, a new file...). Two calls with
 * different namespaces must give stores that share a backend when the store has one, so that
 * namespace isolation is really tested. A store that can compact its history (memory, etcd)
 * should also override {@link #supportsCompaction()} and {@link #compact(PersistentStore, long)};
 * otherwise the compaction tests are skipped.
 *
 * <p>The kit closes every store and watch a test opened after it, in reverse order. Revisions are
 * only required to increase, never to be consecutive or to start at 0, so a backend shared with
 * other namespaces (etcd) passes.
 */
public abstract class PersistentStoreContract implements PersistentReadWriteContract, PersistentRevisionContract,
        PersistentScanAtRevisionContract,
        PersistentConditionContract, PersistentScanContract, PersistentWatchContract, PersistentCompactionContract,
        PersistentConcurrencyContract, PersistentNamespaceContract, PersistentLockContract, PersistentCommitLimitContract,
        PersistentOriginContract {

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    /** A fresh, empty store for {@code namespace}; the kit closes it after the test. */
    protected abstract PersistentStore openStore(String namespace);

    /** Whether {@link #compact(PersistentStore, long)} works for this store; false by default. */
    protected boolean supportsCompaction() {
        return false;
    }

    /**
     * Discards the change history of {@code store} up to {@code revision} (etcd's compaction:
     * a watch asked to start before it first gets {@code onCompacted}). Only called when
     * {@link #supportsCompaction()} is true.
     */
    protected void compact(PersistentStore store, long revision) {
        throw new UnsupportedOperationException(getClass().getName() + " does not support compaction");
    }

    @Override
    public final PersistentStore newStore(String namespace) {
        return closeAfterTest(openStore(namespace));
    }

    @Override
    public final synchronized <T extends AutoCloseable> T closeAfterTest(T resource) {
        opened.push(resource);
        return resource;
    }

    @Override
    public final boolean compactionSupported() {
        return supportsCompaction();
    }

    @Override
    public final void compactHistory(PersistentStore store, long revision) {
        compact(store, revision);
    }

    /** Closes what the test opened, newest first (watches before their store); reports the first failure. */
    @AfterEach
    protected final synchronized void closeEverythingOpened() throws Exception {
        Exception first = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
