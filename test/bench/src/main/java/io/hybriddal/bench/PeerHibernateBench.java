package io.hybriddal.bench;

import io.hybriddal.bench.peer.HibernatePeer;
import io.hybriddal.bench.peer.VDiskEntity;
import io.hybriddal.bench.peer.VPoolEntity;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.MemoryModel;
import io.hybriddal.bench.support.RandomSequence;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The peer's side of the peer comparison: Hibernate ORM 6.6.53 + H2 in memory + Caffeine JCache
 * L2 and query cache ({@link HibernatePeer}), warm, each operation in its own {@code Session} as a
 * service request would be: find by id, find + lazy to-one, find pool + iterate its 1,000 vDisks,
 * cached HQL query by the indexed volume id (10 rows), and update of one field in a transaction.
 * {@link PeerDalBench} runs the same operations on hybrid-dal's memory stores with the same
 * random keys. Two forks of 25 × 1 s warm-up: an ORM's deep hot path needs it on 2 cores (peer-bench.md §3, §8).
 *
 * <p>JIT pitfalls avoided: every name read goes to a {@link Blackhole}; the session factory and
 * key sequences are non-final state fields; keys are precomputed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 25, time = 1)
@Measurement(iterations = 5, time = 1)
public class PeerHibernateBench {

    @State(Scope.Benchmark)
    public static class Peer {
        HibernatePeer peer;
        SessionFactory sessions;
        String[] volumes;

        @Setup(Level.Trial)
        public void setUp() {
            peer = HibernatePeer.open();
            sessions = peer.sessions;
            volumes = new String[MemoryModel.POOLS * MemoryModel.DISKS_PER_POOL / MemoryModel.PER_VOLUME];
            for (int v = 0; v < volumes.length; v++) {
                volumes[v] = Dataset.volume(v);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            peer.close();
        }
    }

    /** The same sequences as {@link PeerDalBench.Keys}. */
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
    public void find(Peer p, Keys k, Blackhole bh) {
        try (Session s = p.sessions.openSession()) {
            bh.consume(s.find(VDiskEntity.class, (long) k.disks.next()).getName());
        }
    }

    @Benchmark
    public void lazyToOne(Peer p, Keys k, Blackhole bh) {
        try (Session s = p.sessions.openSession()) {
            bh.consume(s.find(VDiskEntity.class, (long) k.disks.next()).getVpool().getName());
        }
    }

    @Benchmark
    public void reverse1000(Peer p, Keys k, Blackhole bh) {
        try (Session s = p.sessions.openSession()) {
            for (VDiskEntity d : s.find(VPoolEntity.class, (long) k.pools.next()).getVdisks()) {
                bh.consume(d.getName());
            }
        }
    }

    @Benchmark
    public void queryIndexed(Peer p, Keys k, Blackhole bh) {
        try (Session s = p.sessions.openSession()) {
            for (VDiskEntity d : s.createQuery(HibernatePeer.QUERY, VDiskEntity.class)
                    .setParameter("v", p.volumes[k.volumes.next()]).setCacheable(true).list()) {
                bh.consume(d.getName());
            }
        }
    }

    @Benchmark
    public void update(Peer p, Keys k) {
        try (Session s = p.sessions.openSession()) {
            s.beginTransaction();
            VDiskEntity d = s.find(VDiskEntity.class, (long) k.disks.next());
            d.setSize(d.getSize() + 1);
            s.getTransaction().commit();
        }
    }
}
