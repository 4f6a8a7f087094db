package io.hybriddal.dal.internal.dynamic;

import io.hybriddal.dal.spi.VolatileStore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The volatile store as the engine uses it: a cache whose failures are misses. A read that fails
 * returns nothing, a write that fails is dropped; failures are counted and logged at most once
 * every ten seconds. Thread-safe.
 */
public final class SafeVolatile {

    private static final Logger LOG = LoggerFactory.getLogger(SafeVolatile.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    /** The answer of an add-if-absent that may not have reached the cache. */
    public enum AddResult { ADDED, EXISTS, UNAVAILABLE }

    private final VolatileStore store;
    private final LongAdder failures = new LongAdder();
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    public SafeVolatile(VolatileStore store) {
        this.store = store;
    }

    public VolatileStore store() {
        return store;
    }

    public byte[] get(String key) {
        try {
            return store.get(key);
        } catch (RuntimeException e) {
            failed("get", key, e);
            return null;
        }
    }

    public void set(String key, byte[] value, int ttlSeconds) {
        try {
            store.set(key, value, ttlSeconds);
        } catch (RuntimeException e) {
            failed("set", key, e);
        }
    }

    public AddResult add(String key, byte[] value, int ttlSeconds) {
        try {
            return store.add(key, value, ttlSeconds) ? AddResult.ADDED : AddResult.EXISTS;
        } catch (RuntimeException e) {
            failed("add", key, e);
            return AddResult.UNAVAILABLE;
        }
    }

    public void delete(String key) {
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            failed("delete", key, e);
        }
    }

    /** Failures since the Dal started. */
    public long failures() {
        return failures.sum();
    }

    private void failed(String operation, String key, RuntimeException e) {
        failures.increment();
        long now = System.nanoTime();
        long last = lastLog.get();
        if (now - last >= LOG_EVERY_NANOS && lastLog.compareAndSet(last, now)) {
            LOG.warn("volatile store {} of [{}] failed; serving without the cache ({} failures so far): {}",
                    operation, key, failures.sum(), e.toString());
        }
    }
}
