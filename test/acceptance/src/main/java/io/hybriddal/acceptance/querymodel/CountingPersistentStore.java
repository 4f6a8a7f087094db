package io.hybriddal.acceptance.querymodel;

import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A persistent store that delegates every call, records scan prefixes and multi-get keys, and
 * can run a hook once, right after the next scan of object documents has read its page: the
 * query contracts use it to commit from another Dal while a query is computing. Never closes
 * its delegate (the test owns it).
 */
public final class CountingPersistentStore extends ForwardingPersistentStore {

    private final PersistentStore delegate;
    private final List<String> scans = new ArrayList<>();
    private final List<List<String>> getAlls = new ArrayList<>();
    private final AtomicReference<Runnable> afterObjectScan = new AtomicReference<>();

    public CountingPersistentStore(PersistentStore delegate) {
        super(delegate);
        this.delegate = delegate;
    }

    public synchronized void reset() {
        scans.clear();
        getAlls.clear();
    }

    /** Every scan prefix since the last reset. */
    public synchronized List<String> scans() {
        return List.copyOf(scans);
    }

    /** Scans of object documents ({@code o/...}): full scans. */
    public synchronized long objectScans() {
        return scans.stream().filter(p -> p.startsWith("o/")).count();
    }

    /** Scans of index entries ({@code i/...}). */
    public synchronized long indexScans() {
        return scans.stream().filter(p -> p.startsWith("i/")).count();
    }

    /** Multi-gets of object documents. */
    public synchronized long objectGetAlls() {
        return getAlls.stream().filter(keys -> !keys.isEmpty() && keys.get(0).startsWith("o/")).count();
    }

    /** Every multi-get since the last reset. */
    public synchronized int getAlls() {
        return getAlls.size();
    }

    /** Runs {@code hook} once, after the next object scan has read its page and before it returns it. */
    public void afterNextObjectScan(Runnable hook) {
        afterObjectScan.set(hook);
    }

    @Override
    public Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        synchronized (this) {
            getAlls.add(List.copyOf(keys));
        }
        return delegate.getAll(keys, consistency);
    }

    @Override
    public ScanPage scan(String prefix, String startAfter, int limit) {
        synchronized (this) {
            scans.add(prefix);
        }
        ScanPage page = delegate.scan(prefix, startAfter, limit);
        if (prefix.startsWith("o/")) {
            Runnable hook = afterObjectScan.getAndSet(null);
            if (hook != null) {
                hook.run();
            }
        }
        return page;
    }

    @Override
    public void close() {
        // the test closes the delegate
    }
}
