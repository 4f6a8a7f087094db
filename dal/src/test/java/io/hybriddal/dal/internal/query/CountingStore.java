package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A persistent store that delegates and records every scan prefix and every multi-get's keys. */
final class CountingStore extends ForwardingPersistentStore {

    final PersistentStore delegate;
    final List<String> scans = new ArrayList<>();
    final List<List<String>> getAlls = new ArrayList<>();

    CountingStore(PersistentStore delegate) {
        super(delegate);
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
    public synchronized Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        getAlls.add(List.copyOf(keys));
        return delegate.getAll(keys, consistency);
    }

    @Override
    public synchronized ScanPage scan(String prefix, String startAfter, int limit) {
        scans.add(prefix);
        return delegate.scan(prefix, startAfter, limit);
    }

}
