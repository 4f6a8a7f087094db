package io.hybriddal.bench.support;

import io.hybriddal.dal.spi.VolatileStore;
import java.util.Collection;
import java.util.Map;

/**
 * A volatile store that forwards to another and remembers the last key read, so that a raw
 * baseline can read exactly the key hybrid-dal reads (a dynamic's cache entry). The extra cost
 * per call is one plain field write (not volatile: a volatile store's fence cost ~10 ns on every
 * hit, a tenth of a memory-store dynamic hit; the key is read back on the same thread, in setup).
 * Closes its delegate.
 */
public final class RecordingVolatileStore implements VolatileStore {

    private final VolatileStore delegate;
    private String lastKey;

    public RecordingVolatileStore(VolatileStore delegate) {
        this.delegate = delegate;
    }

    /** The key of the last get, or null. */
    public String lastKey() {
        return lastKey;
    }

    @Override
    public byte[] get(String key) {
        lastKey = key;
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
