package io.hybriddal.bench;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.support.MemoryModel;
import io.hybriddal.bench.support.RandomSequence;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.spi.KeyValue;
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
 * Near-cache {@code dal.get(VDisk, guid)} of a loaded object against a raw Caffeine
 * {@code getIfPresent} of the same object's stored document bytes, under the same guid key, in a
 * cache bounded like the near cache (200,000). Both draw keys from the same precomputed random
 * sequence over the 100,000 loaded vDisks (random keys: the entries do not all sit in the CPU
 * caches, as in a real service; both sides pay that equally). Both look up with copies of the
 * guids, not the String objects the caches hold, so neither side wins by an identity check in
 * {@code String.equals}, as a service looking up a guid from a request does not.
 *
 * <p>JIT pitfalls avoided: results go to a {@link Blackhole} (no dead-code elimination); the
 * Dal, cache and key arrays are non-final fields of {@link State} objects (no constant folding
 * of a key or its hash); the random sequence is precomputed (no {@code Random} in the loop).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
public class NearCacheGetBench {

    /** The memory model, every object in the near cache, and the raw cache filled alike. */
    @State(Scope.Benchmark)
    public static class Data {
        MemoryModel model;
        Dal dal;
        String[] guids;
        /** The guids again, as other String objects than the ones both caches hold. */
        String[] lookups;
        Cache<String, byte[]> raw;

        @Setup(Level.Trial)
        public void setUp() {
            model = MemoryModel.open(false);
            dal = model.dal;
            guids = model.data.diskGuids;
            lookups = new String[guids.length];
            for (int i = 0; i < guids.length; i++) {
                lookups[i] = new String(guids[i].toCharArray());
            }
            raw = Caffeine.newBuilder().maximumSize(MemoryModel.NEAR_CACHE).build();
            for (String guid : guids) {
                KeyValue kv = model.store.get("o/vdisk/" + guid);
                raw.put(guid, kv.value());
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            model.close();
        }
    }

    /** Per-thread key sequence. */
    @State(Scope.Thread)
    public static class Keys {
        RandomSequence sequence;

        @Setup(Level.Trial)
        public void setUp(Data data) {
            sequence = new RandomSequence(data.guids.length, 42);
        }
    }

    @Benchmark
    public void dalNearCacheGet(Data data, Keys keys, Blackhole bh) {
        bh.consume(data.dal.get(VDisk.class, data.lookups[keys.sequence.next()]));
    }

    @Benchmark
    public void rawCaffeineGet(Data data, Keys keys, Blackhole bh) {
        bh.consume(data.raw.getIfPresent(data.lookups[keys.sequence.next()]));
    }
}
