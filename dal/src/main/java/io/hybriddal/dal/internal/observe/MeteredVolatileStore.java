package io.hybriddal.dal.internal.observe;

import io.hybriddal.dal.spi.VolatileStore;
import io.hybriddal.dal.spi.support.ForwardingVolatileStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Map;

/**
 * The volatile store as a Dal uses it when it was given a meter registry: every call timed
 * ({@link StoreTimer}, tag {@code store=volatile}). A store that answers a failure as a miss or
 * a dropped write (as the memcached store does) shows it as {@code ok}: only what it throws is an
 * {@code error}. Closing it closes the delegate. Thread-safe.
 */
public final class MeteredVolatileStore extends ForwardingVolatileStore {

    private static final String STORE = "volatile";

    private final StoreTimer get;
    private final StoreTimer getAll;
    private final StoreTimer set;
    private final StoreTimer add;
    private final StoreTimer delete;
    private final StoreTimer incr;

    public MeteredVolatileStore(VolatileStore delegate, MeterRegistry meters) {
        super(delegate);
        this.get = new StoreTimer(meters, STORE, "get");
        this.getAll = new StoreTimer(meters, STORE, "getAll");
        this.set = new StoreTimer(meters, STORE, "set");
        this.add = new StoreTimer(meters, STORE, "add");
        this.delete = new StoreTimer(meters, STORE, "delete");
        this.incr = new StoreTimer(meters, STORE, "incr");
    }

    @Override
    public byte[] get(String key) {
        long start = System.nanoTime();
        try {
            byte[] value = super.get(key);
            get.ok(start);
            return value;
        } catch (RuntimeException e) {
            get.error(start);
            throw e;
        }
    }

    @Override
    public Map<String, byte[]> getAll(Collection<String> keys) {
        long start = System.nanoTime();
        try {
            Map<String, byte[]> found = super.getAll(keys);
            getAll.ok(start);
            return found;
        } catch (RuntimeException e) {
            getAll.error(start);
            throw e;
        }
    }

    @Override
    public void set(String key, byte[] value, int ttlSeconds) {
        long start = System.nanoTime();
        try {
            super.set(key, value, ttlSeconds);
            set.ok(start);
        } catch (RuntimeException e) {
            set.error(start);
            throw e;
        }
    }

    @Override
    public boolean add(String key, byte[] value, int ttlSeconds) {
        long start = System.nanoTime();
        try {
            boolean added = super.add(key, value, ttlSeconds);
            add.ok(start);
            return added;
        } catch (RuntimeException e) {
            add.error(start);
            throw e;
        }
    }

    @Override
    public boolean delete(String key) {
        long start = System.nanoTime();
        try {
            boolean deleted = super.delete(key);
            delete.ok(start);
            return deleted;
        } catch (RuntimeException e) {
            delete.error(start);
            throw e;
        }
    }

    @Override
    public long incr(String key, long delta, long initial, int ttlSeconds) {
        long start = System.nanoTime();
        try {
            long value = super.incr(key, delta, initial, ttlSeconds);
            incr.ok(start);
            return value;
        } catch (RuntimeException e) {
            incr.error(start);
            throw e;
        }
    }

    /** The wrapped store's description: log lines name the store, not its wrapper. */
    @Override
    public String toString() {
        return delegate().toString();
    }
}
