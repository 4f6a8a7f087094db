package io.hybriddal.cli;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A memory store whose n-th commit fails as an unreachable store would, applying nothing. */
final class FailingStore implements PersistentStore {

    final MemoryPersistentStore delegate = new MemoryPersistentStore();
    private final AtomicInteger commits = new AtomicInteger();
    private final int failingCommit;

    FailingStore(int failingCommit) {
        this.failingCommit = failingCommit;
    }

    @Override
    public CommitResult commit(Commit commit) {
        if (commits.incrementAndGet() == failingCommit) {
            throw new StoreException("injected failure of commit " + failingCommit);
        }
        return delegate.commit(commit);
    }

    @Override
    public String namespace() {
        return delegate.namespace();
    }

    @Override
    public KeyValue get(String key, ReadConsistency consistency) {
        return delegate.get(key, consistency);
    }

    @Override
    public Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        return delegate.getAll(keys, consistency);
    }

    @Override
    public ScanPage scan(String prefix, String startAfter, int limit) {
        return delegate.scan(prefix, startAfter, limit);
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        return delegate.watch(prefix, afterRevision, listener);
    }

    @Override
    public long currentRevision() {
        return delegate.currentRevision();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
