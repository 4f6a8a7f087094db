package io.hybriddal.dal.internal.dynamic;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.hybriddal.dal.CachedDynamic;
import io.hybriddal.dal.DalException;
import io.hybriddal.dal.internal.codec.KeySegments;
import io.hybriddal.dal.internal.json.Json;
import io.hybriddal.dal.internal.model.CorruptValueException;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.object.InstanceDynamics;
import io.hybriddal.dal.internal.object.ObjectState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves dynamics: a value computed at t is served from the volatile store while
 * now &lt; t + ttl (the entry carries t, so the Dal's clock decides, not the cache's), a
 * computed null included. Concurrent callers in one process share one computation; for
 * {@code locked} dynamics one caller across processes computes, holding an add-if-absent lock
 * with expiry, while the others wait and re-read the cache. When the cache is down, callers
 * compute. Thread-safe.
 */
public final class DynamicCache implements InstanceDynamics {

    private static final Logger LOG = LoggerFactory.getLogger(DynamicCache.class);
    /** A lock outlives a crashed holder by at most this long. */
    static final int LOCK_TTL_SECONDS = 60;
    /** How long a waiter waits for another process's computation before computing itself. */
    static final long LOCK_WAIT_NANOS = 30_000_000_000L;
    private static final byte[] LOCK_VALUE = {1};

    private final SafeVolatile cache;
    private final Clock clock;
    private final String keyPrefix;
    private final DynamicStats stats;
    private final ConcurrentHashMap<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

    /** @param namespace the persistent store's namespace, prefixed to every key */
    public DynamicCache(SafeVolatile cache, Clock clock, String namespace, DynamicStats stats) {
        this.cache = cache;
        this.clock = clock;
        this.keyPrefix = namespace.isEmpty() ? "" : KeySegments.escape(namespace) + ":";
        this.stats = stats;
    }

    /** The volatile keys of the object's dynamics, by dynamic slot. */
    @Override
    public String[] keysOf(HybridModel model, String guid) {
        String[] keys = new String[model.dynamics().size()];
        for (DynamicModel d : model.dynamics()) {
            String key = keyPrefix + "d:" + model.name() + ":" + KeySegments.escape(guid) + ":" + d.name();
            keys[d.index()] = key.length() <= 240 ? key : keyPrefix + "h:" + KeySegments.sha256(key); // memcached keys stop at 250 bytes
        }
        return keys;
    }

    /** The dynamic's value for the object, from the cache or computed. */
    @Override
    public Object get(ObjectState state, DynamicModel dynamic) {
        if (!dynamic.cached() && !dynamic.locked()) {
            return compute(state, dynamic);
        }
        String key = state.dynamicSlots().keys()[dynamic.index()];
        if (dynamic.cached()) {
            Object hit = readFresh(key, dynamic, state.dynamicSlots().memo());
            if (hit != MISS) {
                dynamic.counters().hits().increment();
                return hit;
            }
        }
        dynamic.counters().misses().increment();
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return join(running);
        }
        try {
            Object value = dynamic.locked() ? computeUnderLock(state, dynamic, key) : computeAndCache(state, dynamic, key);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private Object computeUnderLock(ObjectState state, DynamicModel dynamic, String key) {
        String lockKey = key + ":lock";
        long start = System.nanoTime();
        long pause = 1_000_000;
        while (true) {
            SafeVolatile.AddResult lock = cache.add(lockKey, LOCK_VALUE, LOCK_TTL_SECONDS);
            if (lock != SafeVolatile.AddResult.EXISTS) {
                stats.lockWait(dynamic, System.nanoTime() - start);
                try {
                    Object hit = dynamic.cached() ? readFresh(key, dynamic, null) : MISS;
                    return hit != MISS ? hit : computeAndCache(state, dynamic, key);
                } finally {
                    if (lock == SafeVolatile.AddResult.ADDED) {
                        cache.delete(lockKey);
                    }
                }
            }
            if (dynamic.cached()) {
                Object hit = readFresh(key, dynamic, null);
                if (hit != MISS) {
                    stats.lockWait(dynamic, System.nanoTime() - start);
                    return hit;
                }
            }
            if (System.nanoTime() - start > LOCK_WAIT_NANOS) {
                LOG.warn("waited {} s for the lock of dynamic {} of {}; computing without it",
                        LOCK_WAIT_NANOS / 1_000_000_000L, dynamic.name(), state.describe());
                stats.lockWait(dynamic, System.nanoTime() - start);
                return computeAndCache(state, dynamic, key);
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, 50_000_000);
        }
    }

    private Object computeAndCache(ObjectState state, DynamicModel dynamic, String key) {
        long computedAt = clock.millis();
        Object value = compute(state, dynamic);
        if (dynamic.cached()) {
            cache.set(key, encode(computedAt, dynamic, value, state), dynamic.ttlSeconds() + 1);
        }
        return value;
    }

    private Object compute(ObjectState state, DynamicModel dynamic) {
        long start = System.nanoTime();
        try {
            return dynamic.codec().normalize(dynamic.compute().invoke(state.self()));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new DalException("dynamic " + dynamic.name() + " of " + state.describe() + " failed: " + t, t);
        } finally {
            stats.computed(dynamic, System.nanoTime() - start);
        }
    }

    /** A decoded cache entry: the raw bytes it came from, when it was computed, and the value. */
    private record Decoded(byte[] raw, long computedAt, Object value) {
    }

    /** What {@link #readFresh} returns on a miss (a cached value may itself be null). */
    private static final Object MISS = new Object();

    /**
     * The cached value (which may be null), or {@link #MISS} on a miss or an expired entry. {@code memo} (per instance, per dynamic slot) remembers the last entry
     * decoded: the memory store hands back the same array and memcached equal bytes, so a hit
     * on an unchanged entry costs a comparison instead of a JSON parse.
     */
    private Object readFresh(String key, DynamicModel dynamic, Object[] memo) {
        byte[] entry = cache.get(key);
        if (entry == null || entry.length < Long.BYTES) {
            return MISS;
        }
        Decoded decoded = memo == null ? null : (Decoded) memo[dynamic.index()];
        if (decoded == null || (decoded.raw() != entry && !Arrays.equals(decoded.raw(), entry))) {
            decoded = decode(key, entry, dynamic);
            if (decoded == null) {
                return MISS;
            }
            if (memo != null) {
                memo[dynamic.index()] = decoded;
            }
        }
        if (clock.millis() >= decoded.computedAt() + dynamic.ttlSeconds() * 1000L) {
            return MISS;
        }
        return decoded.value();
    }

    /** An entry starts with the compute time: 8 bytes, big-endian epoch millis. */
    private static long computedAt(byte[] entry) {
        long computedAt = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            computedAt = (computedAt << 8) | (entry[i] & 0xff);
        }
        return computedAt;
    }

    private static Decoded decode(String key, byte[] entry, DynamicModel dynamic) {
        long computedAt = computedAt(entry);
        try (JsonParser p = Json.FACTORY.createParser(entry, Long.BYTES, entry.length - Long.BYTES)) {
            p.nextToken();
            return new Decoded(entry, computedAt, dynamic.codec().read(p));
        } catch (IOException | CorruptValueException e) {
            LOG.warn("cached value of dynamic {} at [{}] is unreadable; recomputing: {}", dynamic.name(), key, e.getMessage());
            return null;
        }
    }

    private static byte[] encode(long computedAt, DynamicModel dynamic, Object value, ObjectState state) {
        ByteArrayBuilder out = new ByteArrayBuilder(64);
        for (int i = Long.BYTES - 1; i >= 0; i--) {
            out.append((int) (computedAt >>> (8 * i)) & 0xff);
        }
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            dynamic.codec().write(g, value);
        } catch (IOException e) {
            throw new DalException("cannot encode dynamic " + dynamic.name() + " of " + state.describe() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static Object join(CompletableFuture<Object> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Drops the cached values of the named dynamics of the object (all when none are named). */
    @Override
    public void invalidate(ObjectState state, String... names) {
        HybridModel model = state.model();
        String[] keys = state.dynamicSlots().keys();
        if (names == null || names.length == 0) {
            model.dynamics().forEach(d -> cache.delete(keys[d.index()]));
            return;
        }
        for (String name : names) {
            cache.delete(keys[model.requireDynamic(name).index()]);
        }
    }

    /** What the volatile store holds for {@code dynamic} of the object, without computing it; null when nothing. */
    public CachedDynamic peek(HybridModel model, String guid, DynamicModel dynamic) {
        byte[] entry = cache.get(keysOf(model, guid)[dynamic.index()]);
        if (entry == null || entry.length < Long.BYTES) {
            return null;
        }
        long computedAt = computedAt(entry);
        return new CachedDynamic(new String(entry, Long.BYTES, entry.length - Long.BYTES, StandardCharsets.UTF_8),
                Instant.ofEpochMilli(computedAt), Instant.ofEpochMilli(computedAt + dynamic.ttlSeconds() * 1000L));
    }

    /** Drops every cached dynamic of an object (after it was saved or deleted). */
    public void invalidateAll(HybridModel model, String guid) {
        if (model.dynamics().isEmpty()) {
            return;
        }
        for (String key : keysOf(model, guid)) {
            cache.delete(key);
        }
    }
}
