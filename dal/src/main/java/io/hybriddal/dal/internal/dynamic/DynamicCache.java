package io.hybriddal.dal.internal.dynamic;

import io.hybriddal.dal.CachedDynamic;
import io.hybriddal.dal.DalException;
import io.hybriddal.dal.internal.codec.KeySegments;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.object.InstanceDynamics;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.observe.Tracing;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
 * compute. On the system clock, now is the {@link CoarseClock} (a hit reads no system clock,
 * and may serve a value up to about a millisecond past its TTL); an injected clock is exact.
 * Thread-safe.
 * <p>
 * An entry also carries the revision of the object it was computed from ({@link DynamicEntry}):
 * an instance at a newer revision takes an older entry as a miss and recomputes (so an instance
 * loaded before another writer's save cannot serve its stale result to readers of the saved
 * state), and an instance at an older revision does not replace a newer entry. That last check
 * reads before it writes, so it is best effort: two computations racing may still leave the
 * older entry, which readers of the newer revision then refuse and recompute; no reader is ever
 * served an entry older than its instance.
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
    private final Tracing tracing;
    private final ConcurrentHashMap<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

    /**
     * @param namespace the persistent store's namespace, prefixed to every key
     * @param tracing   observes each computation (never a cache hit)
     */
    public DynamicCache(SafeVolatile cache, Clock clock, String namespace, DynamicStats stats, Tracing tracing) {
        this.tracing = tracing;
        this.cache = cache;
        this.clock = CoarseClock.of(clock);
        this.keyPrefix = namespace.isEmpty() ? "" : KeySegments.escape(namespace) + ":";
        this.stats = stats;
    }

    /** The volatile keys of the object's dynamics, by dynamic slot. */
    @Override
    public String[] keysOf(HybridModel model, String guid) {
        String[] keys = new String[model.dynamics().size()];
        String segment = KeySegments.escape(guid);
        for (DynamicModel d : model.dynamics()) {
            keys[d.index()] = keyOf(model, segment, d);
        }
        return keys;
    }

    /** The volatile key of {@code dynamic} of the object whose guid escapes to {@code guidSegment}. */
    private String keyOf(HybridModel model, String guidSegment, DynamicModel dynamic) {
        String key = keyPrefix + "d:" + model.name() + ":" + guidSegment + ":" + dynamic.name();
        return key.length() <= 240 ? key : keyPrefix + "h:" + KeySegments.sha256(key); // memcached keys stop at 250 bytes
    }

    /** The dynamic's value for the object, from the cache or computed. */
    @Override
    public Object get(ObjectState state, DynamicModel dynamic) {
        if (!dynamic.cached() && !dynamic.locked()) {
            return compute(state, dynamic);
        }
        String key = state.dynamicSlots().keys()[dynamic.index()];
        if (dynamic.cached()) {
            Object hit = readFresh(key, dynamic, state.dynamicSlots().memo(), revisionOf(state));
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
                    Object hit = dynamic.cached() ? readFresh(key, dynamic, null, revisionOf(state)) : MISS;
                    return hit != MISS ? hit : computeAndCache(state, dynamic, key);
                } finally {
                    if (lock == SafeVolatile.AddResult.ADDED) {
                        cache.delete(lockKey);
                    }
                }
            }
            if (dynamic.cached()) {
                Object hit = readFresh(key, dynamic, null, revisionOf(state));
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
        long revision = revisionOf(state);
        Object value = compute(state, dynamic);
        if (dynamic.cached()) {
            byte[] present = cache.get(key);
            if (DynamicEntry.current(present) && DynamicEntry.revision(present) > revision) {
                return value; // computed from an older revision than the cached one: serve it here only
            }
            cache.set(key, DynamicEntry.encode(computedAt, revision, dynamic, value, state), dynamic.ttlSeconds() + 1);
        }
        return value;
    }

    /** The object revision an instance's values come from (0 for an object never saved). */
    private static long revisionOf(ObjectState state) {
        return state.loadedSnapshot() == null ? 0 : state.loadedSnapshot().revision();
    }

    private Object compute(ObjectState state, DynamicModel dynamic) {
        if (!tracing.on()) {
            return computeNow(state, dynamic);
        }
        String hybrid = state.model().name();
        return tracing.of(Tracing.DYNAMIC, "dynamic " + hybrid + "." + dynamic.name(), hybrid, state.guid())
                .lowCardinalityKeyValue("dynamic", dynamic.name()).observe(() -> computeNow(state, dynamic));
    }

    private Object computeNow(ObjectState state, DynamicModel dynamic) {
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

    /** What {@link #readFresh} returns on a miss (a cached value may itself be null). */
    private static final Object MISS = new Object();

    /**
     * The cached value (which may be null), or {@link #MISS} on a miss, an expired entry, or one
     * computed from an older revision than {@code revision}. {@code memo} (per instance, per
     * dynamic slot) remembers the last entry decoded: the memory store hands back the same array
     * and memcached equal bytes, so a hit on an unchanged entry costs a comparison instead of a
     * JSON parse.
     */
    private Object readFresh(String key, DynamicModel dynamic, Object[] memo, long revision) {
        byte[] entry = cache.get(key);
        if (!DynamicEntry.current(entry)) {
            return MISS;
        }
        DynamicEntry decoded = memo == null ? null : (DynamicEntry) memo[dynamic.index()];
        if (decoded == null || (decoded.raw() != entry && !Arrays.equals(decoded.raw(), entry))) {
            decoded = DynamicEntry.decode(key, entry, dynamic);
            if (decoded == null) {
                return MISS;
            }
            if (memo != null) {
                memo[dynamic.index()] = decoded;
            }
        }
        if (decoded.revision() < revision || clock.millis() >= decoded.computedAt() + dynamic.ttlSeconds() * 1000L) {
            return MISS;
        }
        return decoded.value();
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
        if (!DynamicEntry.current(entry)) {
            return null;
        }
        long computedAt = DynamicEntry.computedAt(entry);
        int from = DynamicEntry.valueOffset();
        return new CachedDynamic(new String(entry, from, entry.length - from, StandardCharsets.UTF_8),
                Instant.ofEpochMilli(computedAt), Instant.ofEpochMilli(computedAt + dynamic.ttlSeconds() * 1000L));
    }

    /** Drops every cached dynamic of an object (after it was saved or deleted). */
    public void invalidateAll(HybridModel model, String guid) {
        List<DynamicModel> dynamics = model.dynamics();
        if (dynamics.isEmpty()) {
            return;
        }
        String segment = KeySegments.escape(guid);
        for (int i = 0, n = dynamics.size(); i < n; i++) { // every save: no iterator, no key array
            cache.delete(keyOf(model, segment, dynamics.get(i)));
        }
    }
}
