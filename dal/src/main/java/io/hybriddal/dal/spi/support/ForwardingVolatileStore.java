package io.hybriddal.dal.spi.support;

import io.hybriddal.dal.spi.VolatileStore;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link VolatileStore} that forwards every call to another: the base of wrappers (recording,
 * metrics, fault injection), which override only what they change. Closing it closes the
 * delegate. Thread-safe when the delegate is.
 */
public abstract class ForwardingVolatileStore implements VolatileStore {

    private final VolatileStore delegate;

    protected ForwardingVolatileStore(VolatileStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The wrapped store. */
    public VolatileStore delegate() {
        return delegate;
    }

    @Override
    public byte[] get(String key) {
        return delegate.get(key);
    }

    @Override
    public Map<String, byte[]> getAll(Collection<String> keys) {
        return delegate.getAll(keys);
    }

    @Override
    public void set(String key, byte[] value, int ttlSeconds) {
        delegate.set(key, value, ttlSeconds);
    }

    @Override
    public boolean add(String key, byte[] value, int ttlSeconds) {
        return delegate.add(key, value, ttlSeconds);
    }

    @Override
    public boolean delete(String key) {
        return delegate.delete(key);
    }

    @Override
    public long incr(String key, long delta, long initial, int ttlSeconds) {
        return delegate.incr(key, delta, initial, ttlSeconds);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
