package io.hybriddal.bench;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.peer.HibernatePeer;
import io.hybriddal.bench.peer.VDiskEntity;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.MemoryModel;
import io.hybriddal.bench.support.RandomSequence;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Throughput (operations per millisecond, all threads together) of find by id and of the cached
 * indexed query (10 rows) with 1, 2 and 4 threads, on both sides of the peer comparison, set up
 * as {@link PeerDalBench} and {@link PeerHibernateBench}: whether each side's throughput grows
 * with threads (the machine has 2 cores, so 4 threads show the cost of contention, not more
 * cores). Each thread draws its own random keys.
 *
 * <p>JIT pitfalls avoided: as in the peer benchmarks (Blackhole, non-final state, precomputed keys).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
public class ThroughputBench {

    @State(Scope.Benchmark)
    public static class OnDal {
        MemoryModel model;
        Dal dal;
        String[] disks;
        String[] volumes;

        @Setup(Level.Trial)
        public void setUp() {
            model = MemoryModel.open(true);
            dal = model.dal;
            disks = new String[model.data.disks()];
            for (int i = 0; i < disks.length; i++) {
                disks[i] = new String(model.data.diskGuids[i].toCharArray());
            }
            volumes = volumes();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            model.close();
        }
    }

    @State(Scope.Benchmark)
    public static class OnHibernate {
        HibernatePeer peer;
        SessionFactory sessions;
        String[] volumes;

        @Setup(Level.Trial)
        public void setUp() {
            peer = HibernatePeer.open();
            sessions = peer.sessions;
            volumes = volumes();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            peer.close();
        }
    }

    static String[] volumes() {
        String[] volumes = new String[MemoryModel.POOLS * MemoryModel.DISKS_PER_POOL / MemoryModel.PER_VOLUME];
        for (int v = 0; v < volumes.length; v++) {
            volumes[v] = Dataset.volume(v);
        }
        return volumes;
    }

    /** Per-thread key sequences, seeded by the thread's index so that threads read different keys. */
    @State(Scope.Thread)
    public static class Keys {
        RandomSequence disks;
        RandomSequence volumes;

        @Setup(Level.Trial)
        public void setUp(ThreadParams thread) {
            disks = new RandomSequence(MemoryModel.POOLS * MemoryModel.DISKS_PER_POOL, 11 + thread.getThreadIndex());
            volumes = new RandomSequence(MemoryModel.POOLS * MemoryModel.DISKS_PER_POOL / MemoryModel.PER_VOLUME,
                    31 + thread.getThreadIndex());
        }
    }

    private static void find(OnDal s, Keys k, Blackhole bh) {
        bh.consume(s.dal.get(VDisk.class, s.disks[k.disks.next()]).getName());
    }

    private static void find(OnHibernate s, Keys k, Blackhole bh) {
        try (Session session = s.sessions.openSession()) {
            bh.consume(session.find(VDiskEntity.class, (long) k.disks.next()).getName());
        }
    }

    private static void query(OnDal s, Keys k, Blackhole bh) {
        for (VDisk d : s.dal.query(VDisk.class).where(Filter.eq("volumeId", s.volumes[k.volumes.next()])).list()) {
            bh.consume(d.getName());
        }
    }

    private static void query(OnHibernate s, Keys k, Blackhole bh) {
        try (Session session = s.sessions.openSession()) {
            for (VDiskEntity d : session.createQuery(HibernatePeer.QUERY, VDiskEntity.class)
                    .setParameter("v", s.volumes[k.volumes.next()]).setCacheable(true).list()) {
                bh.consume(d.getName());
            }
        }
    }

    @Benchmark
    @Threads(1)
    public void dalFind1(OnDal s, Keys k, Blackhole bh) {
        find(s, k, bh);
    }

    @Benchmark
    @Threads(2)
    public void dalFind2(OnDal s, Keys k, Blackhole bh) {
        find(s, k, bh);
    }

    @Benchmark
    @Threads(4)
    public void dalFind4(OnDal s, Keys k, Blackhole bh) {
        find(s, k, bh);
    }

    @Benchmark
    @Threads(1)
    public void hibernateFind1(OnHibernate s, Keys k, Blackhole bh) {
        find(s, k, bh);
    }

    @Benchmark
    @Threads(2)
    public void hibernateFind2(OnHibernate s, Keys k, Blackhole bh) {
        find(s, k, bh);
    }

    @Benchmark
    @Threads(4)
    public void hibernateFind4(OnHibernate s, Keys k, Blackhole bh) {
        find(s, k, bh);
    }

    @Benchmark
    @Threads(1)
    public void dalQuery1(OnDal s, Keys k, Blackhole bh) {
        query(s, k, bh);
    }

    @Benchmark
    @Threads(2)
    public void dalQuery2(OnDal s, Keys k, Blackhole bh) {
        query(s, k, bh);
    }

    @Benchmark
    @Threads(4)
    public void dalQuery4(OnDal s, Keys k, Blackhole bh) {
        query(s, k, bh);
    }

    @Benchmark
    @Threads(1)
    public void hibernateQuery1(OnHibernate s, Keys k, Blackhole bh) {
        query(s, k, bh);
    }

    @Benchmark
    @Threads(2)
    public void hibernateQuery2(OnHibernate s, Keys k, Blackhole bh) {
        query(s, k, bh);
    }

    @Benchmark
    @Threads(4)
    public void hibernateQuery4(OnHibernate s, Keys k, Blackhole bh) {
        query(s, k, bh);
    }
}
