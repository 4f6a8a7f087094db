package io.hybriddal.bench;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How the cached reads grow with their result, on the memory stores with every cache on and
 * warm (as {@link PeerDalBench}): a backref of {@code members} vDisks iterated reading each name
 * (10,000 and 100,000; the peer comparison has 1,000), and an indexed equality query returning
 * 1,000 of them (1,000 vDisks per volume id). One pool holds all members; one Dal; the store
 * keeps a bounded history.
 *
 * <p>JIT pitfalls avoided: every name goes to a {@link Blackhole}; the Dal and keys are
 * non-final state fields.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScaleBench {

    static final int PER_VOLUME = 1_000;

    @State(Scope.Benchmark)
    public static class Data {
        @Param({"10000", "100000"})
        int members;

        MemoryPersistentStore store;
        VolatileStore volatileStore;
        Dal dal;
        String pool;
        String[] volumes;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            store = new MemoryPersistentStore("", 1_000);
            volatileStore = VolatileStore.open("memory:");
            dal = Dal.builder().persistentStore(store).volatileStore(volatileStore).nearCacheSize(2L * members)
                    .register(VPool.class, VDisk.class).build();
            Dataset data = Dataset.load(dal, 1, members, PER_VOLUME, 1_000);
            store.compact(store.currentRevision());
            pool = new String(data.poolGuids[0].toCharArray());
            volumes = new String[data.volumes()];
            for (int v = 0; v < volumes.length; v++) {
                volumes[v] = Dataset.volume(v);
            }
            for (String guid : data.diskGuids) {
                dal.get(VDisk.class, guid);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            dal.close();
            volatileStore.close();
            store.close();
        }
    }

    @Benchmark
    public void backref(Data d, Blackhole bh) {
        for (VDisk disk : d.dal.get(VPool.class, d.pool).getVdisks()) {
            bh.consume(disk.getName());
        }
    }

    @Benchmark
    public void query1000(Data d, Blackhole bh) {
        d.next = (d.next + 1) % d.volumes.length;
        for (VDisk disk : d.dal.query(VDisk.class).where(Filter.eq("volumeId", d.volumes[d.next])).list()) {
            bh.consume(disk.getName());
        }
    }
}
