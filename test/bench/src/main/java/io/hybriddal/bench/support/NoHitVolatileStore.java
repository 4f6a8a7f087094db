package io.hybriddal.bench.support;

import io.hybriddal.dal.spi.VolatileStore;
import java.util.Collection;
import java.util.Map;

/**
 * A volatile store that never holds anything: every get misses, every write is dropped. A Dal
 * built on it has no query cache (nor dynamics cache), so a query benchmark on it measures the
 * query's real path (index or scan) on every call. The contract allows it: "an entry may vanish
 * at any time".
 */
public final class NoHitVolatileStore implements VolatileStore {

    @Override
    public byte[] get(String key) {
        return null;
    }

    @Override
    public Map<String, byte[]> getAll(Collection<String> keys) {
        return Map.of();
    }

    @Override
    public void set(String key, byte[] value, int ttlSeconds) {
        // dropped
    }

    @Override
    public boolean add(String key, byte[] value, int ttlSeconds) {
        return true;
    }

    @Override
    public boolean delete(String key) {
        return false;
    }

    @Override
    public long incr(String key, long delta, long initial, int ttlSeconds) {
        return initial;
    }

    @Override
    public void close() {
        // nothing held
    }
}
