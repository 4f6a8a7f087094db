package io.hybriddal.bench;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.GetOption;
import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.EtcdVDisks;
import io.hybriddal.bench.support.NoHitVolatileStore;
import io.hybriddal.bench.support.RandomSequence;
import io.hybriddal.bench.support.RawEtcd;
import io.hybriddal.bench.support.Servers;
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
 * them with no query cache nor local results (the index path over etcd on every call), and, as
 * that query's baseline (DESIGN.md: "≤ 2× ten gets"), ten raw jetcd gets of the same volume's 10
 * documents one after the other, linearizable as the query's reads are. The data of each size is
 * loaded once per run by the first fork that needs it and reused by the others
 * ({@link EtcdVDisks}); the saves change only sizes, which neither query nor gets read. All of it
 * lives on the run's second etcd ({@link Servers#bulkEtcd()}), so the classes after this one do
 * not measure an etcd grown by it.
 *
 * <p>JIT pitfalls avoided: names go to a {@link Blackhole}; keys are precomputed and drawn from
 * a precomputed random sequence.
 *
 * <p>Warm-up of 20 iterations: with 10, the save and the query of the full runs of 2026-12-05
 * were still getting faster at the tenth and on into the measurement (the query at 10,000:
 * 3.1 ms at the first, 2.1 ms at the tenth, 1.7 ms at the last measured).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
public class EtcdLargeBench {

    @State(Scope.Benchmark)
    public static class Data {
        @Param({"10000", "100000"})
        int objects;

        Dal dal;
        RawEtcd raw;
        ByteSequence[][] volumeDocuments;
        GetOption linearizable;
        String[] disks;
        String[] volumes;
        RandomSequence diskPicks;
        RandomSequence volumePicks;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            EtcdVDisks data = EtcdVDisks.loadOrReuse(objects, Data::open);
            if (!data.loaded()) {
                System.out.printf("etcd: %,d vDisks of an earlier fork reused%n", objects);
            }
            dal = open(data.namespace());
            disks = data.guids();
            int warmed = 0;
            for (VDisk disk : dal.query(VDisk.class).list()) { // the near cache holds them all, as the loading Dal's did
                warmed += disk.getName() == null ? 0 : 1;
            }
            if (warmed != objects) {
                throw new IllegalStateException("etcd namespace " + data.namespace() + ": " + warmed + " vDisks, expected " + objects);
            }
            volumes = new String[objects / EtcdVDisks.PER_VOLUME];
            volumeDocuments = new ByteSequence[volumes.length][EtcdVDisks.PER_VOLUME];
            for (int v = 0; v < volumes.length; v++) {
                volumes[v] = Dataset.volume(v);
            }
            for (int i = 0; i < objects; i++) {
                volumeDocuments[i / EtcdVDisks.PER_VOLUME][i % EtcdVDisks.PER_VOLUME] = RawEtcd.key(data.namespace(), "o/vdisk/" + disks[i]);
            }
            raw = new RawEtcd(Servers.bulkEtcd());
            linearizable = GetOption.DEFAULT;
            diskPicks = new RandomSequence(objects, 5);
            volumePicks = new RandomSequence(volumes.length, 6);
        }

        /** A Dal on {@code namespace} with no query cache nor local results. */
        private static Dal open(String namespace) {
            return Dal.builder().persistentStore("etcd://" + Servers.bulkEtcd() + "/" + namespace).volatileStore(new NoHitVolatileStore())
                    .localResultsSize(0).register(VPool.class, VDisk.class).build();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            raw.close();
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

    @Benchmark
    public void rawTenGets(Data d, Blackhole bh) throws Exception {
        for (ByteSequence key : d.volumeDocuments[d.volumePicks.next()]) {
            GetResponse r = d.raw.kv.get(key, d.linearizable).get(5, TimeUnit.SECONDS);
            bh.consume(r.getKvs().get(0).getValue());
        }
    }
}
