package io.hybriddal.bench;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.NoHitVolatileStore;
import io.hybriddal.bench.support.RandomSequence;
import io.hybriddal.bench.support.Servers;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * etcd holding many objects ({@code objects}: 10,000 and 100,000, so the report can say how each
 * cost grows; 10,000 and 1,000,000 in {@code scripts/bench.sh --scale}):
 * {@code save()} of one field of a random vDisk, and an indexed equality query returning 10 of
 * them with no query cache nor local results (the index path over etcd on every call). The data
 * is loaded once per trial by four threads through the Dal, in transactions of 10 objects (etcd
 * takes at most 128 operations per transaction); each of the two benchmarks loads its own.
 *
 * <p>JIT pitfalls avoided: names go to a {@link Blackhole}; keys are precomputed and drawn from
 * a precomputed random sequence.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class EtcdLargeBench {

    static final int PER_POOL = 1_000;
    static final int PER_VOLUME = 10;
    static final int BATCH = 10;
    static final int LOADERS = 4;

    @State(Scope.Benchmark)
    public static class Data {
        @Param({"10000", "100000"})
        int objects;

        Dal dal;
        String[] disks;
        String[] volumes;
        RandomSequence diskPicks;
        RandomSequence volumePicks;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            String uri = Servers.etcdUri("large");
            dal = Dal.builder().persistentStore(uri).volatileStore(new NoHitVolatileStore()).localResultsSize(0)
                    .register(VPool.class, VDisk.class).build();
            long started = System.nanoTime();
            int pools = Math.max(1, objects / PER_POOL);
            VPool[] poolObjects = new VPool[pools];
            for (int p = 0; p < pools; p++) {
                VPool pool = dal.create(VPool.class);
                pool.setName(Dataset.poolName(p));
                pool.save();
                poolObjects[p] = pool;
            }
            disks = new String[objects];
            ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < LOADERS; t++) {
                int first = t;
                done.add(loaders.submit(() -> {
                    for (int from = first * BATCH; from < objects; from += LOADERS * BATCH) {
                        int start = from;
                        dal.inTransaction(() -> {
                            for (int i = start; i < Math.min(objects, start + BATCH); i++) {
                                VDisk disk = dal.create(VDisk.class);
                                disk.setName(Dataset.diskName(i));
                                disk.setSize(i % 1000);
                                disk.setVolumeId(Dataset.volume(i / PER_VOLUME));
                                disk.setVolumeTag(Dataset.volume(i / PER_VOLUME));
                                disk.setVpool(poolObjects[Math.min(pools - 1, i / PER_POOL)]);
                                disk.save();
                                disks[i] = disk.getGuid();
                            }
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            loaders.shutdown();
            System.out.printf("etcd: %,d vDisks loaded in %d s%n", objects, (System.nanoTime() - started) / 1_000_000_000);
            volumes = new String[objects / PER_VOLUME];
            for (int v = 0; v < volumes.length; v++) {
                volumes[v] = Dataset.volume(v);
            }
            diskPicks = new RandomSequence(objects, 5);
            volumePicks = new RandomSequence(volumes.length, 6);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            dal.close();
        }
    }

    @Benchmark
    public long save(Data d) {
        VDisk disk = d.dal.get(VDisk.class, d.disks[d.diskPicks.next()]);
        disk.setSize(disk.getSize() + 1);
        disk.save();
        return disk.version();
    }

    @Benchmark
    public void queryIndexed(Data d, Blackhole bh) {
        for (VDisk disk : d.dal.query(VDisk.class).where(Filter.eq("volumeId", d.volumes[d.volumePicks.next()])).list()) {
            bh.consume(disk.getName());
        }
    }
}
