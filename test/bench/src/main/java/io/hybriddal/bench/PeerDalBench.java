package io.hybriddal.bench;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.MemoryModel;
import io.hybriddal.bench.support.RandomSequence;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
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
 * hybrid-dal's side of the peer comparison, on its MEMORY stores with every cache on and warm
 * ({@link MemoryModel}: near cache holds every object, every volume's query cached): the same
 * operations as {@link PeerHibernateBench} with the same random keys: get by guid, get + lazy
 * to-one, get pool + iterate its 1,000 vDisks (the backref reads the reverse index afresh, the
 * members come from the near cache), equality query on the indexed volume id (10 objects), and
 * update of one field (get, set, save: one memory-store commit). Same forks and warm-up as the peer
 * (2 × 25 s, peer-bench.md §8).
 *
 * <p>JIT pitfalls avoided: every name read goes to a {@link Blackhole}; the Dal and key arrays
 * are non-final state fields; keys are precomputed, as copies of the guids (no identity hit in
 * {@code String.equals}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 25, time = 1)
@Measurement(iterations = 5, time = 1)
public class PeerDalBench {

    @State(Scope.Benchmark)
    public static class Model {
        MemoryModel model;
        Dal dal;
        String[] disks;
        String[] pools;
        String[] volumes;

        @Setup(Level.Trial)
        public void setUp() {
            model = MemoryModel.open(true);
            dal = model.dal;
            disks = copies(model.data.diskGuids);
            pools = copies(model.data.poolGuids);
            volumes = new String[model.data.volumes()];
            for (int v = 0; v < volumes.length; v++) {
                volumes[v] = Dataset.volume(v);
            }
        }

        /** Other String objects than the ones the near cache holds, as guids from requests would be. */
        private static String[] copies(String[] guids) {
            String[] copies = new String[guids.length];
            for (int i = 0; i < guids.length; i++) {
                copies[i] = new String(guids[i].toCharArray());
            }
            return copies;
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            model.close();
        }
    }

    /** The same sequences as {@link PeerHibernateBench.Keys}. */
    @State(Scope.Thread)
    public static class Keys {
        RandomSequence disks;
        RandomSequence pools;
        RandomSequence volumes;

        @Setup(Level.Trial)
        public void setUp() {
            disks = new RandomSequence(MemoryModel.POOLS * MemoryModel.DISKS_PER_POOL, 1);
            pools = new RandomSequence(MemoryModel.POOLS, 2);
            volumes = new RandomSequence(MemoryModel.POOLS * MemoryModel.DISKS_PER_POOL / MemoryModel.PER_VOLUME, 3);
        }
    }

    @Benchmark
    public void find(Model m, Keys k, Blackhole bh) {
        bh.consume(m.dal.get(VDisk.class, m.disks[k.disks.next()]).getName());
    }

    @Benchmark
    public void lazyToOne(Model m, Keys k, Blackhole bh) {
        bh.consume(m.dal.get(VDisk.class, m.disks[k.disks.next()]).getVpool().getName());
    }

    @Benchmark
    public void reverse1000(Model m, Keys k, Blackhole bh) {
        for (VDisk d : m.dal.get(VPool.class, m.pools[k.pools.next()]).getVdisks()) {
            bh.consume(d.getName());
        }
    }

    @Benchmark
    public void queryIndexed(Model m, Keys k, Blackhole bh) {
        for (VDisk d : m.dal.query(VDisk.class).where(Filter.eq("volumeId", m.volumes[k.volumes.next()])).list()) {
            bh.consume(d.getName());
        }
    }

    @Benchmark
    public void update(Model m, Keys k) {
        VDisk d = m.dal.get(VDisk.class, m.disks[k.disks.next()]);
        d.setSize(d.getSize() + 1);
        d.save();
    }
}
