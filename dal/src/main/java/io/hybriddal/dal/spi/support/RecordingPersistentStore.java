package io.hybriddal.dal.spi.support;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.Operation;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link PersistentStore} that forwards every call and records it under the SPI method's name
 * ({@code get}, {@code getAll}, {@code scan}, {@code commit}, {@code watch},
 * {@code currentRevision}) with the keys it named, so that a test or a benchmark sees what the
 * engine asked of the store: round trips per operation, full scans against index scans, the
 * commit a save sent. It can also run a hook once, right after the next scan under a prefix has
 * read its page, to commit from elsewhere while a query computes.
 *
 * <p>Public, beside {@link ForwardingPersistentStore}, because the engine's own tests, the
 * acceptance kit and the benchmarks all measure through it, and the store SPI is the one place
 * all of them depend on. The call log grows until {@link #reset()}; a long run (a benchmark)
 * uses {@link #countingOnly(PersistentStore)}, which keeps counts and the last commit only.
 * Thread-safe.
 */
public final class RecordingPersistentStore extends ForwardingPersistentStore {

    /** One call: the SPI method's name and the keys it named (a scan's or watch's prefix; none for currentRevision). */
    public record Call(String method, List<String> keys) {
    }

    private final boolean logsCalls;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final AtomicReference<ScanHook> afterScan = new AtomicReference<>();
    private volatile Commit lastCommit;

    /** Records every call to {@code delegate}, with its keys; closing this store closes the delegate. */
    public RecordingPersistentStore(PersistentStore delegate) {
        this(delegate, true);
    }

    private RecordingPersistentStore(PersistentStore delegate, boolean logsCalls) {
        super(delegate);
        this.logsCalls = logsCalls;
    }

    /** Counts the calls to {@code delegate} and keeps the last commit, without a call log that would grow. */
    public static RecordingPersistentStore countingOnly(PersistentStore delegate) {
        return new RecordingPersistentStore(delegate, false);
    }

    /** Calls of {@code method} since the last reset. */
    public long count(String method) {
        LongAdder count = counts.get(method);
        return count == null ? 0 : count.sum();
    }

    /** Calls of {@code method} since the last reset whose first key starts with {@code keyPrefix}. */
    public synchronized long count(String method, String keyPrefix) {
        return calls().stream()
                .filter(c -> c.method().equals(method) && !c.keys().isEmpty() && c.keys().get(0).startsWith(keyPrefix))
                .count();
    }

    /** Every call since the last reset, in order; not available from {@link #countingOnly}. */
    public synchronized List<Call> calls() {
        if (!logsCalls) {
            throw new IllegalStateException("a counting-only store keeps no call log");
        }
        return List.copyOf(calls);
    }

    /** The prefixes of the scans since the last reset, in order. */
    public synchronized List<String> scanPrefixes() {
        return calls().stream().filter(c -> c.method().equals("scan")).map(c -> c.keys().get(0)).toList();
    }

    /** Calls that go to the server, that is all but {@code watch}, since the last reset. */
    public long roundTrips() {
        return counts().entrySet().stream().filter(e -> !e.getKey().equals("watch")).mapToLong(Map.Entry::getValue).sum();
    }

    /** Calls per method name since the last reset, sorted by name, leaving out methods not called. */
    public Map<String, Long> counts() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((method, count) -> snapshot.put(method, count.sum()));
        snapshot.values().removeIf(n -> n == 0);
        return snapshot;
    }

    /** The last commit sent through this store, or null (kept across resets). */
    public Commit lastCommit() {
        return lastCommit;
    }

    /** Runs {@code hook} once, after the next scan under {@code keyPrefix} has read its page and before it returns it. */
    public void afterNextScan(String keyPrefix, Runnable hook) {
        afterScan.set(new ScanHook(keyPrefix, hook));
    }

    /** Forgets the calls recorded so far. */
    public synchronized void reset() {
        calls.clear();
        counts.values().forEach(LongAdder::reset);
    }

    @Override
    public KeyValue get(String key, ReadConsistency consistency) {
        record("get", List.of(key));
        return super.get(key, consistency);
    }

    @Override
    public Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        record("getAll", keys);
        return super.getAll(keys, consistency);
    }

    @Override
    public ScanPage scan(String prefix, String startAfter, int limit) {
        record("scan", List.of(prefix));
        return afterScan(prefix, super.scan(prefix, startAfter, limit));
    }

    /** Recorded as a {@code scan} too. */
    @Override
    public ScanPage scan(String prefix, String startAfter, int limit, long atRevision) {
        record("scan", List.of(prefix));
        return afterScan(prefix, super.scan(prefix, startAfter, limit, atRevision));
    }

    private ScanPage afterScan(String prefix, ScanPage page) {
        ScanHook hook = afterScan.get();
        if (hook != null && prefix.startsWith(hook.keyPrefix()) && afterScan.compareAndSet(hook, null)) {
            hook.action().run();
        }
        return page;
    }

    @Override
    public CommitResult commit(Commit commit) {
        lastCommit = commit;
        record("commit", logsCalls ? commit.operations().stream().map(Operation::key).toList() : List.of());
        return super.commit(commit);
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        record("watch", List.of(prefix));
        return super.watch(prefix, afterRevision, listener);
    }

    @Override
    public StoreWatch watchWithoutPrevious(String prefix, long afterRevision, WatchListener listener) {
        record("watch", List.of(prefix));
        return delegate().watchWithoutPrevious(prefix, afterRevision, listener);
    }

    @Override
    public long currentRevision() {
        record("currentRevision", List.of());
        return super.currentRevision();
    }

    private void record(String method, Collection<String> keys) {
        counts.computeIfAbsent(method, m -> new LongAdder()).increment();
        if (logsCalls) {
            synchronized (this) {
                calls.add(new Call(method, List.copyOf(keys)));
            }
        }
    }

    private record ScanHook(String keyPrefix, Runnable action) {
    }
}
