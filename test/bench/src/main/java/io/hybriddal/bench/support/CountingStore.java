package io.hybriddal.bench.support;

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
import java.util.concurrent.atomic.LongAdder;

/**
 * A persistent store that forwards every call to another and counts the calls that are a round
 * trip to the server (get, getAll, scan, commit, currentRevision), and remembers the last
 * commit. Used to check that reverse lists load page by page (no N+1) and to capture the exact
 * commit a save sends, so that the raw baseline can send the same keys. Counting is a
 * {@link LongAdder} increment: negligible next to a round trip. Thread-safe.
 */
public final class CountingStore implements PersistentStore {

    private final PersistentStore delegate;
    private final LongAdder roundTrips = new LongAdder();
    private final LongAdder gets = new LongAdder();
    private final LongAdder getAlls = new LongAdder();
    private final LongAdder scans = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private volatile Commit lastCommit;

    public CountingStore(PersistentStore delegate) {
        this.delegate = delegate;
    }

    /** Round trips since the last {@link #reset()}. */
    public long roundTrips() {
        return roundTrips.sum();
    }

    /** "gets=.. getAlls=.. scans=.. commits=..": what the round trips were. */
    public String breakdown() {
        return "gets=" + gets.sum() + " getAlls=" + getAlls.sum() + " scans=" + scans.sum() + " commits=" + commits.sum();
    }

    public void reset() {
        roundTrips.reset();
        gets.reset();
        getAlls.reset();
        scans.reset();
        commits.reset();
    }

    /** The last commit sent through this store, or null. */
    public Commit lastCommit() {
        return lastCommit;
    }

    @Override
    public String namespace() {
        return delegate.namespace();
    }

    @Override
    public KeyValue get(String key, ReadConsistency consistency) {
        roundTrips.increment();
        gets.increment();
        return delegate.get(key, consistency);
    }

    @Override
    public Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        roundTrips.increment();
        getAlls.increment();
        return delegate.getAll(keys, consistency);
    }

    @Override
    public ScanPage scan(String prefix, String startAfter, int limit) {
        roundTrips.increment();
        scans.increment();
        return delegate.scan(prefix, startAfter, limit);
    }

    @Override
    public CommitResult commit(Commit commit) {
        roundTrips.increment();
        commits.increment();
        lastCommit = commit;
        return delegate.commit(commit);
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        return delegate.watch(prefix, afterRevision, listener);
    }

    @Override
    public long currentRevision() {
        roundTrips.increment();
        return delegate.currentRevision();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
