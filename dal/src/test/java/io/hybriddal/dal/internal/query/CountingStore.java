package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A persistent store that delegates and records every scan prefix and every multi-get's keys. */
final class CountingStore implements PersistentStore {

    final PersistentStore delegate;
    final List<String> scans = new ArrayList<>();
    final List<List<String>> getAlls = new ArrayList<>();

    CountingStore(PersistentStore delegate) {
        this.delegate = delegate;
    }

    synchronized void reset() {
        scans.clear();
        getAlls.clear();
    }

    /** Scans of object documents (full scans), as opposed to index scans. */
    synchronized long objectScans() {
        return scans.stream().filter(p -> p.startsWith("o/")).count();
    }

    /** Multi-gets of object documents. */
    synchronized long objectGetAlls() {
        return getAlls.stream().filter(keys -> !keys.isEmpty() && keys.get(0).startsWith("o/")).count();
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
    public synchronized Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        getAlls.add(List.copyOf(keys));
        return delegate.getAll(keys, consistency);
    }

    @Override
    public synchronized ScanPage scan(String prefix, String startAfter, int limit) {
        scans.add(prefix);
        return delegate.scan(prefix, startAfter, limit);
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
    public long currentRevision() {
        return delegate.currentRevision();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
