package io.hybriddal.dal.internal.observe;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import io.hybriddal.dal.spi.support.ForwardingWatchListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * The persistent store as a Dal uses it when it was given a meter registry: every call timed
 * ({@link StoreTimer}, tag {@code store=persistent}), and each watch's interruptions and failures
 * counted ({@code hybriddal.watch.interruptions}, {@code hybriddal.watch.failures}, tagged with
 * the watched key prefix: {@code o/} for the near cache, {@code o/<hybrid>/} for a change feed).
 * Closing it closes the delegate. Thread-safe.
 */
public final class MeteredPersistentStore extends ForwardingPersistentStore {

    static final String INTERRUPTIONS = "hybriddal.watch.interruptions";
    static final String FAILURES = "hybriddal.watch.failures";
    private static final String STORE = "persistent";

    private final MeterRegistry meters;
    private final StoreTimer get;
    private final StoreTimer getAll;
    private final StoreTimer scan;
    private final StoreTimer commit;
    private final StoreTimer watch;
    private final StoreTimer currentRevision;

    public MeteredPersistentStore(PersistentStore delegate, MeterRegistry meters) {
        super(delegate);
        this.meters = meters;
        this.get = new StoreTimer(meters, STORE, "get");
        this.getAll = new StoreTimer(meters, STORE, "getAll");
        this.scan = new StoreTimer(meters, STORE, "scan");
        this.commit = new StoreTimer(meters, STORE, "commit");
        this.watch = new StoreTimer(meters, STORE, "watch");
        this.currentRevision = new StoreTimer(meters, STORE, "currentRevision");
    }

    @Override
    public KeyValue get(String key, ReadConsistency consistency) {
        long start = System.nanoTime();
        try {
            KeyValue found = super.get(key, consistency);
            get.ok(start);
            return found;
        } catch (RuntimeException e) {
            get.error(start);
            throw e;
        }
    }

    @Override
    public Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        long start = System.nanoTime();
        try {
            Map<String, KeyValue> found = super.getAll(keys, consistency);
            getAll.ok(start);
            return found;
        } catch (RuntimeException e) {
            getAll.error(start);
            throw e;
        }
    }

    @Override
    public ScanPage scan(String prefix, String startAfter, int limit) {
        long start = System.nanoTime();
        try {
            ScanPage page = super.scan(prefix, startAfter, limit);
            scan.ok(start);
            return page;
        } catch (RuntimeException e) {
            scan.error(start);
            throw e;
        }
    }

    @Override
    public ScanPage scan(String prefix, String startAfter, int limit, long atRevision) {
        long start = System.nanoTime();
        try {
            ScanPage page = super.scan(prefix, startAfter, limit, atRevision);
            scan.ok(start);
            return page;
        } catch (RuntimeException e) {
            scan.error(start);
            throw e;
        }
    }

    @Override
    public CommitResult commit(Commit c) {
        return commit(c, null);
    }

    /** Timed as {@link #commit(Commit)}; the origin is handed on, so the store may still spare its watches the echo. */
    @Override
    public CommitResult commit(Commit c, Object origin) {
        long start = System.nanoTime();
        try {
            CommitResult result = origin == null ? super.commit(c) : delegate().commit(c, origin);
            if (result.succeeded()) {
                commit.ok(start);
            } else {
                commit.refused(start);
            }
            return result;
        } catch (RuntimeException e) {
            commit.error(start);
            throw e;
        }
    }

    @Override
    public long currentRevision() {
        long start = System.nanoTime();
        try {
            long revision = super.currentRevision();
            currentRevision.ok(start);
            return revision;
        } catch (RuntimeException e) {
            currentRevision.error(start);
            throw e;
        }
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        return counted(prefix, counting -> super.watch(prefix, afterRevision, counting), listener);
    }

    @Override
    public StoreWatch watchWithoutPrevious(String prefix, long afterRevision, Object origin, WatchListener listener) {
        return counted(prefix, counting -> delegate().watchWithoutPrevious(prefix, afterRevision, origin, counting), listener);
    }

    private StoreWatch counted(String prefix, Function<WatchListener, StoreWatch> open, WatchListener listener) {
        Counter interruptions = Counter.builder(INTERRUPTIONS).description("watch streams broken and being restored")
                .tag("prefix", prefix).register(meters);
        Counter failures = Counter.builder(FAILURES).description("watches failed for good (the near cache watches again)")
                .tag("prefix", prefix).register(meters);
        long start = System.nanoTime();
        try {
            StoreWatch opened = open.apply(new CountingListener(listener, interruptions, failures));
            watch.ok(start);
            return opened;
        } catch (RuntimeException e) {
            watch.error(start);
            throw e;
        }
    }

    /** The wrapped store's description: log lines name the store, not its wrapper. */
    @Override
    public String toString() {
        return delegate().toString();
    }

    /** Forwards every delivery, counting interruptions and failures first. */
    private static final class CountingListener extends ForwardingWatchListener {

        private final Counter interruptions;
        private final Counter failures;

        CountingListener(WatchListener listener, Counter interruptions, Counter failures) {
            super(listener);
            this.interruptions = interruptions;
            this.failures = failures;
        }

        @Override
        public void onError(Throwable error) {
            failures.increment();
            super.onError(error);
        }

        @Override
        public void onInterrupted(Throwable cause) {
            interruptions.increment();
            super.onInterrupted(cause);
        }
    }
}
