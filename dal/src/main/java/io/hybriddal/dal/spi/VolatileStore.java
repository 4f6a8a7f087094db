package io.hybriddal.dal.spi;

import java.util.Collection;
import java.util.Map;

/**
 * A cache with per-entry time-to-live: where hybrid-dal keeps dynamic values, cached query
 * results and locks. Nothing in it is needed for correctness: an entry may vanish at any time.
 *
 * <p>Keys are printable ASCII without spaces, at most 250 bytes. TTLs are in seconds; 0 means no
 * expiry. Implementations are thread-safe. A server that is down or slow should show as a miss
 * ({@code get}) or a dropped write ({@code set}, {@code delete}); {@code add} and {@code incr},
 * whose answer matters, throw {@link io.hybriddal.dal.StoreException} when the outcome is
 * unknown.
 *
 * <p>The method names are part of the contract so that wrappers can rely on them.
 */
public interface VolatileStore extends AutoCloseable {

    /**
     * Opens the cache a URI names, through the {@link VolatileStoreProvider}s on the class path:
     * {@code memory:}, {@code memcached://host:port[,host:port]}.
     *
     * @throws IllegalArgumentException when no provider handles the URI's scheme
     */
    static VolatileStore open(String uri) {
        return StoreUris.openVolatile(uri);
    }

    /** The value under {@code key}, or {@code null} on a miss. */
    byte[] get(String key);

    /** The values found for {@code keys}; misses are left out. */
    Map<String, byte[]> getAll(Collection<String> keys);

    /** Stores {@code value} under {@code key} for {@code ttlSeconds} (0: no expiry). */
    void set(String key, byte[] value, int ttlSeconds);

    /** Stores {@code value} only if {@code key} holds no live entry; returns whether it did. */
    boolean add(String key, byte[] value, int ttlSeconds);

    /** Removes {@code key}; returns whether an entry was removed. */
    boolean delete(String key);

    /**
     * Adds {@code delta} to the counter under {@code key}, creating it with {@code initial} (and
     * {@code ttlSeconds}) when absent; returns the new value. Counters are unsigned, as in
     * memcached: {@code initial} must not be negative and a decrement stops at 0. Read a counter
     * through {@code incr(key, 0, ...)}: its raw bytes may carry padding.
     */
    long incr(String key, long delta, long initial, int ttlSeconds);

    /** Releases connections and threads; idempotent. */
    @Override
    void close();
}
