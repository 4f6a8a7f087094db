package io.hybriddal.store.memcached;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the failures a {@link MemcachedVolatileStore} absorbs and reports them at WARN, at most
 * once per interval and kind: a dead server under load fails thousands of calls a second, and one
 * line per call would drown the logs and cost more than the cache saves. The line that is
 * written says how many were suppressed since the previous one. Thread-safe and lock-free.
 */
final class FailureLog {

    /** What went wrong; one counter and one rate limit each. */
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

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<Kind, AtomicLong> counts = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> lastLogged = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> countAtLastLog = new EnumMap<>(Kind.class);

    FailureLog(long intervalNanos, LongSupplier nanoTime) {
        this.intervalNanos = intervalNanos;
        this.nanoTime = nanoTime;
        long longAgo = nanoTime.getAsLong() - intervalNanos - 1;
        for (Kind kind : Kind.values()) {
            counts.put(kind, new AtomicLong());
            lastLogged.put(kind, new AtomicLong(longAgo));
            countAtLastLog.put(kind, new AtomicLong());
        }
    }

    /** Counts one failure of {@code kind} and logs it unless one of that kind was logged recently. */
    void record(Kind kind, String operation, String key, Throwable cause) {
        long total = counts.get(kind).incrementAndGet();
        long now = nanoTime.getAsLong();
        AtomicLong last = lastLogged.get(kind);
        long previous = last.get();
        // Only the thread that wins the compare-and-set logs, so a burst yields one line.
        if (now - previous < intervalNanos || !last.compareAndSet(previous, now)) {
            return;
        }
        long suppressed = total - countAtLastLog.get(kind).getAndSet(total) - 1;
        String detail = cause == null ? "" : ": " + describe(cause);
        LOG.warn("{} ({} of key [{}]){}; {} more since the last report, {} in total", kind.text, operation, key,
                detail, suppressed, total);
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
