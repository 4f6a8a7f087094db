package io.hybriddal.dal.internal.dynamic;

import io.hybriddal.dal.spi.VolatileStore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The volatile store as the engine uses it: a cache whose failures are misses. A read that fails
 * returns nothing, a write that fails is dropped; failures are counted. An outage is logged
 * twice whatever its length: at WARN by the first failure (naming store, operation and key, no
 * stack trace: an unreachable cache is expected, not a bug) and at INFO when that operation
 * succeeds again. Recovery waits for the operation that failed because a store may answer other
 * operations as misses while it is down (memcached does, for reads). Thread-safe.
 */
public final class SafeVolatile {

    private static final Logger LOG = LoggerFactory.getLogger(SafeVolatile.class);
    private static final String GET = "get";
    private static final String SET = "set";
    private static final String ADD = "add";
    private static final String DELETE = "delete";

    /** The answer of an add-if-absent that may not have reached the cache. */
    public enum AddResult { ADDED, EXISTS, UNAVAILABLE }

    private final VolatileStore store;
    private final LongAdder failures = new LongAdder();
    /** The operation whose failure began the current outage; null while the store answers. */
    private final AtomicReference<String> failing = new AtomicReference<>();
    private volatile long failuresBeforeOutage;

    public SafeVolatile(VolatileStore store) {
        this.store = store;
    }

    public VolatileStore store() {
        return store;
    }

    public byte[] get(String key) {
        try {
            byte[] value = store.get(key);
            if (failing.get() == GET) {
                answered(GET);
            }
            return value;
        } catch (RuntimeException e) {
            failed(GET, key, e);
            return null;
        }
    }

    public void set(String key, byte[] value, int ttlSeconds) {
        try {
            store.set(key, value, ttlSeconds);
            if (failing.get() == SET) {
                answered(SET);
            }
        } catch (RuntimeException e) {
            failed(SET, key, e);
        }
    }

    public AddResult add(String key, byte[] value, int ttlSeconds) {
        try {
            boolean added = store.add(key, value, ttlSeconds);
            if (failing.get() == ADD) {
                answered(ADD);
            }
            return added ? AddResult.ADDED : AddResult.EXISTS;
        } catch (RuntimeException e) {
            failed(ADD, key, e);
            return AddResult.UNAVAILABLE;
        }
    }

    public void delete(String key) {
        try {
            store.delete(key);
            if (failing.get() == DELETE) {
                answered(DELETE);
            }
        } catch (RuntimeException e) {
            failed(DELETE, key, e);
        }
    }

    /** Failures since the Dal started (the adder itself, for a function counter). */
    public LongAdder failures() {
        return failures;
    }

    private void failed(String operation, String key, RuntimeException e) {
        long before = failures.sum();
        failures.increment();
        if (failing.compareAndSet(null, operation)) {
            failuresBeforeOutage = before;
            LOG.warn("volatile store {}: {} of key [{}] failed ({}); serving without the cache until it answers again",
                    store, operation, key, e.toString());
        }
    }

    private void answered(String operation) {
        if (failing.compareAndSet(operation, null)) {
            LOG.info("volatile store {} answers again ({} succeeded) after {} failed calls", store, operation,
                    failures.sum() - failuresBeforeOutage);
        }
    }
}
