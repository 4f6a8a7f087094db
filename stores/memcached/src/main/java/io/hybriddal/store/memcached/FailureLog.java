package io.hybriddal.store.memcached;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the failures a {@link MemcachedVolatileStore} absorbs and logs each outage twice: one
 * WARN at its first failed call (naming the servers, the operation and the key, without a stack
 * trace: a cache server going away is expected, not a bug) and one INFO when calls succeed again
 * after a quiet period without failures, with how many failed meanwhile. A dead server under load
 * fails thousands of calls a second; one line per call would drown the logs and cost more than
 * the cache saves. The quiet period keeps a partial outage (one of several servers down, its keys
 * failing between successes on the others) one outage. Values over the item size limit are not
 * an outage: they are logged at most once per quiet period, with how many were skipped since.
 * Thread-safe and lock-free; a success costs one volatile read while no outage is under way.
 */
final class FailureLog {

    /** What went wrong; one counter each. */
    enum Kind {
        READ("memcached read failed, answered as a miss"),
        WRITE("memcached write failed, dropped"),
        UPDATE("memcached add/incr failed, outcome unknown"),
        OVERSIZE("value over the memcached item size limit, not sent");

        private final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(MemcachedVolatileStore.class);

    private final String servers;
    private final long quietNanos;
    private final LongSupplier nanoTime;
    private final Map<Kind, AtomicLong> counts = new EnumMap<>(Kind.class);
    private final AtomicLong failures = new AtomicLong();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong lastFailure = new AtomicLong();
    private volatile long outageStart;
    private volatile long failuresBeforeOutage;
    private final AtomicLong lastOversizeLog;
    private final AtomicLong oversizeAtLastLog = new AtomicLong();

    /**
     * @param servers    the servers as log lines name them
     * @param quietNanos how long calls must go without failing before an outage counts as over
     */
    FailureLog(String servers, long quietNanos, LongSupplier nanoTime) {
        this.servers = servers;
        this.quietNanos = quietNanos;
        this.nanoTime = nanoTime;
        this.lastOversizeLog = new AtomicLong(nanoTime.getAsLong() - quietNanos - 1);
        for (Kind kind : Kind.values()) {
            counts.put(kind, new AtomicLong());
        }
    }

    /** Counts one failure of {@code kind}; the first of an outage is logged. */
    void record(Kind kind, String operation, String key, Throwable cause) {
        long total = counts.get(kind).incrementAndGet();
        long now = nanoTime.getAsLong();
        if (kind == Kind.OVERSIZE) {
            oversize(operation, key, cause, total, now);
            return;
        }
        long before = failures.getAndIncrement();
        lastFailure.set(now);
        if (down.compareAndSet(false, true)) {
            outageStart = now;
            failuresBeforeOutage = before;
            LOG.warn("memcached {} is failing: {} ({} of key [{}]): {}; reads answer as misses, writes are dropped and add/incr"
                    + " throw until it answers again", servers, kind.text, operation, key, describe(cause));
        }
    }

    /** A call succeeded: ends the outage under way, if any, once no call failed for the quiet period. */
    void answered() {
        if (!down.get()) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - lastFailure.get() >= quietNanos && down.compareAndSet(true, false)) {
            LOG.info("memcached {} answers again: {} calls failed over {} s", servers, failures.get() - failuresBeforeOutage,
                    (lastFailure.get() - outageStart) / 1_000_000_000L);
        }
    }

    private void oversize(String operation, String key, Throwable cause, long total, long now) {
        long previous = lastOversizeLog.get();
        // Only the thread that wins the compare-and-set logs, so a burst yields one line.
        if (now - previous < quietNanos || !lastOversizeLog.compareAndSet(previous, now)) {
            return;
        }
        long skipped = total - oversizeAtLastLog.getAndSet(total) - 1;
        LOG.warn("memcached {}: {} ({} of key [{}]): {}; {} more since the last report, {} in total", servers, Kind.OVERSIZE.text,
                operation, key, describe(cause), skipped, total);
    }

    /** The counters now. */
    MemcachedStoreCounters snapshot() {
        return new MemcachedStoreCounters(counts.get(Kind.READ).get(), counts.get(Kind.WRITE).get(),
                counts.get(Kind.UPDATE).get(), counts.get(Kind.OVERSIZE).get());
    }

    /** The exception's class and message, and its cause's: enough to tell a timeout from a refusal. */
    static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : " " + error.getMessage());
        Throwable cause = error.getCause();
        return cause == null || cause == error ? text : text + " (caused by " + describe(cause) + ")";
    }
}
