package io.hybriddal.dal.memory;

import io.hybriddal.dal.internal.dynamic.CoarseClock;
import io.hybriddal.dal.spi.VolatileStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference {@link VolatileStore}: a map with expiry driven by an injected {@link Clock}, so
 * tests move time instead of sleeping. An entry written at t with a TTL of s seconds is live
 * while now &lt; t + s; {@code add} treats an expired entry as absent. On the system clock, now is
 * read from a clock refreshed every millisecond (a read is a memory load, not a system call), so
 * an entry may outlive its TTL by about a millisecond; any other clock is read exactly. Expired
 * entries are dropped lazily and by a periodic sweep. Thread-safe.
 */
public final class MemoryVolatileStore implements VolatileStore {

    private static final long NEVER = Long.MAX_VALUE;
    private static final int SWEEP_EVERY_WRITES = 10_000;

    private record Entry(byte[] value, long expiresAtMillis) {
        boolean liveAt(long nowMillis) {
            return nowMillis < expiresAtMillis;
        }
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();

    /** A store on the system clock. */
    public MemoryVolatileStore() {
        this(Clock.systemUTC());
    }

    /** A store whose expiry follows {@code clock}. */
    public MemoryVolatileStore(Clock clock) {
        this.clock = CoarseClock.of(Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public byte[] get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (!e.liveAt(clock.millis())) {
            entries.remove(key, e);
            return null;
        }
        return e.value();
    }

    @Override
    public Map<String, byte[]> getAll(Collection<String> keys) {
        Map<String, byte[]> found = new LinkedHashMap<>();
        for (String key : keys) {
            byte[] value = get(key);
            if (value != null) {
                found.put(key, value);
            }
        }
        return found;
    }

    @Override
    public void set(String key, byte[] value, int ttlSeconds) {
        entries.put(key, new Entry(value.clone(), expiry(ttlSeconds)));
        afterWrite();
    }

    @Override
    public boolean add(String key, byte[] value, int ttlSeconds) {
        long now = clock.millis();
        Entry fresh = new Entry(value.clone(), expiry(ttlSeconds));
        boolean[] added = {false};
        entries.compute(key, (k, old) -> {
            if (old != null && old.liveAt(now)) {
                return old;
            }
            added[0] = true;
            return fresh;
        });
        afterWrite();
        return added[0];
    }

    @Override
    public boolean delete(String key) {
        Entry removed = entries.remove(key);
        return removed != null && removed.liveAt(clock.millis());
    }

    @Override
    public long incr(String key, long delta, long initial, int ttlSeconds) {
        if (initial < 0) {
            throw new IllegalArgumentException("counter [" + key + "] cannot start below 0: " + initial);
        }
        long now = clock.millis();
        Entry updated = entries.compute(key, (k, old) -> {
            if (old == null || !old.liveAt(now)) {
                return new Entry(encode(initial), expiry(ttlSeconds));
            }
            long next = Math.max(0, Long.parseLong(new String(old.value(), StandardCharsets.US_ASCII)) + delta);
            return new Entry(encode(next), old.expiresAtMillis());
        });
        afterWrite();
        return Long.parseLong(new String(updated.value(), StandardCharsets.US_ASCII));
    }

    /** Number of entries held, live or not yet swept (for tests). */
    public int size() {
        return entries.size();
    }

    /** Drops every entry, as a memcached restart would. */
    public void clear() {
        entries.clear();
    }

    @Override
    public void close() {
        entries.clear();
    }

    private static byte[] encode(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }

    private long expiry(int ttlSeconds) {
        if (ttlSeconds < 0) {
            throw new IllegalArgumentException("ttl must not be negative: " + ttlSeconds);
        }
        return ttlSeconds == 0 ? NEVER : clock.millis() + ttlSeconds * 1000L;
    }

    private void afterWrite() {
        if (writes.incrementAndGet() % SWEEP_EVERY_WRITES == 0) {
            long now = clock.millis();
            entries.values().removeIf(e -> !e.liveAt(now));
        }
    }
}
