package io.hybriddal.bench;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.RawMemcached;
import io.hybriddal.bench.support.RecordingVolatileStore;
import io.hybriddal.bench.support.Servers;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.spi.VolatileStore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A dynamic hit ({@code disk.getSnapshots()} with a fresh cached entry: 8 bytes of compute time +
 * JSON) against a raw get of the same key: on memcached, an Xmemcached get set up like the
 * store's client; on the memory volatile store, a Caffeine {@code getIfPresent} of the same key
 * and bytes. The key is the one hybrid-dal read, recorded in setup; Caffeine holds an equal copy of
 * it, not the identical String, so its lookup pays the key comparison a real request would.
 *
 * <p>JIT pitfalls avoided: results go to a {@link Blackhole}; the object, key and clients are
 * non-final state fields; the entry never expires during a run (TTL one hour), so every call is
 * a hit on both sides (checked in setup).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
public class DynamicBench {

    /** A vDisk whose dynamic was computed once, on a Dal over {@code volatileUri}. */
    abstract static class Base {
        VolatileStore cacheStore;
        Dal dal;
        VDisk disk;
        String key;
        byte[] entry;

        void open(String volatileUri) {
            RecordingVolatileStore cache = new RecordingVolatileStore(VolatileStore.open(volatileUri));
            cacheStore = cache;
            dal = Dal.builder().volatileStore(cache).register(VPool.class, VDisk.class).build();
            disk = dal.get(VDisk.class, Dataset.load(dal, 1, 1, 1, 8).diskGuids[0]);
            disk.getSnapshots(); // computes and caches
            disk.getSnapshots(); // a hit: records the key
            key = cache.lastKey();
            entry = cache.get(key);
            if (key == null || entry == null) {
                throw new IllegalStateException("the dynamic was not cached: key " + key);
            }
        }

        void close() {
            dal.close();
            cacheStore.close();
        }
    }

    @State(Scope.Benchmark)
    public static class OnMemcached extends Base {
        RawMemcached raw;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            open(Servers.memcachedUri() + "?opTimeoutMs=" + RawMemcached.OP_TIMEOUT_MS);
            raw = new RawMemcached();
            if (raw.get(key) == null) {
                throw new IllegalStateException("raw client misses " + key);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            raw.close();
            close();
        }
    }

    @State(Scope.Benchmark)
    public static class OnMemory extends Base {
        Cache<String, byte[]> raw;

        @Setup(Level.Trial)
        public void setUp() {
            open("memory:");
            raw = Caffeine.newBuilder().maximumSize(10_000).build();
            raw.put(new String(key), entry); // an equal copy: a lookup compares the key's chars, as a request's would
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            close();
        }
    }

    @Benchmark
    public void dalDynamicMemcached(OnMemcached s, Blackhole bh) {
        bh.consume(s.disk.getSnapshots());
    }

    @Benchmark
    public void rawXmemcachedGet(OnMemcached s, Blackhole bh) throws Exception {
        bh.consume(s.raw.get(s.key));
    }

    @Benchmark
    public void dalDynamicMemory(OnMemory s, Blackhole bh) {
        bh.consume(s.disk.getSnapshots());
    }

    @Benchmark
    public void rawCaffeineGet(OnMemory s, Blackhole bh) {
        bh.consume(s.raw.getIfPresent(s.key));
    }
}
