package io.hybriddal.dal.spi.support;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import io.hybriddal.dal.spi.StoreLock;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link PersistentStore} that forwards every call to another: the base of wrappers (metrics,
 * counting, fault injection), which override only what they change. {@link #watchWithoutPrevious}
 * is not forwarded but goes through {@link #watch} (the SPI's default), so a wrapper that
 * intercepts watches sees every one; a wrapper that does not may forward it to keep the saving. Thread-safe when the
 * delegate is.
 */
public abstract class ForwardingPersistentStore implements PersistentStore {

    private final PersistentStore delegate;

    protected ForwardingPersistentStore(PersistentStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The wrapped store. */
    public PersistentStore delegate() {
        return delegate;
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
    public ScanPage scan(String prefix, String startAfter, int limit, long atRevision) {
        return delegate.scan(prefix, startAfter, limit, atRevision);
    }

    @Override
    public CommitResult commit(Commit commit) {
        return delegate.commit(commit);
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        return delegate.watch(prefix, afterRevision, listener);
    }

    @Override
    public StoreLock tryLock(String key, Duration lease) {
        return delegate.tryLock(key, lease);
    }

    @Override
    public int maxCommitOperations() {
        return delegate.maxCommitOperations();
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
