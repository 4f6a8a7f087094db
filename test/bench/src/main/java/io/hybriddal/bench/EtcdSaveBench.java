package io.hybriddal.bench;

import io.etcd.jetcd.ByteSequence;
import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.Names;
import io.hybriddal.bench.support.Probes;
import io.hybriddal.bench.support.RawEtcd;
import io.hybriddal.bench.support.RawTxnTemplate;
import io.hybriddal.bench.support.Servers;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.Condition;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.support.RecordingPersistentStore;
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

/**
 * {@code save()} over etcd of a vDisk (two indexed properties, one relation) against a raw
 * jetcd transaction writing the same keys with the same compares. Each save changes both
 * indexed properties and moves the vDisk to the other of two pools, so the commit carries every
 * kind of derived key: document (guarded by its modRevision), old/new index entries of size and
 * volumeId, old/new reverse-index entries, the new pool's link stamp (and its presence compare),
 * and the generation keys of the three changed fields. The raw side replays the two commits
 * captured in setup ({@link RawTxnTemplate}), alternating like the saves.
 *
 * <p>JIT pitfalls avoided: the loop state (counter, flip, revision) lives in non-final state
 * fields and feeds the next call, so nothing is hoisted or folded; results are used (the
 * revision), so no {@code Blackhole} is needed.
 *
 * <p>Warm-up of 20 iterations: in the full runs of 2026-12-05 every fork was still getting faster
 * at the end of 10 (about 2 ms at the first, 1.0-1.3 ms at the tenth, above the measurement), the
 * hybrid-dal side the most (more code to compile, with etcd and the watch on the same 2 cores).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
public class EtcdSaveBench {

    /** Two pools and a vDisk saved through a Dal; the raw namespace seeded with the compared keys. */
    @State(Scope.Benchmark)
    public static class Data {
        /** With the near cache (and so a watch whose events share the 2 cores) or without. */
        @Param({"true", "false"})
        boolean nearCache;

        RecordingPersistentStore store;
        Dal dal;
        VPool poolA;
        VPool poolB;
        VDisk disk;
        long size = 10;
        boolean flip;
        RawEtcd raw;
        RawTxnTemplate toB;
        RawTxnTemplate toA;
        long rawRevision;
        boolean rawFlip;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            store = RecordingPersistentStore.countingOnly(PersistentStore.open(Servers.etcdUri("save")));
            dal = Dal.builder().persistentStore(store).register(VPool.class, VDisk.class)
                    .nearCacheSize(nearCache ? 100_000 : 0).build();
            Dataset data = Dataset.load(dal, 2, 1, 1, 8);
            poolA = dal.get(VPool.class, data.poolGuids[0]);
            poolB = dal.get(VPool.class, data.poolGuids[1]);
            disk = dal.get(VDisk.class, data.diskGuids[0]);
            store.reset();
            move(true);
            Probes.record("save over etcd: store round trips", store.roundTrips(), "round trips", "one save over etcd: " + store.counts());
            Commit first = store.lastCommit();
            move(false);
            Commit second = store.lastCommit();
            String rawNamespace = Names.unique("rawsave");
            toB = new RawTxnTemplate(first, rawNamespace);
            toA = new RawTxnTemplate(second, rawNamespace);
            raw = new RawEtcd();
            for (Condition c : first.conditions()) { // the document and the relation target exist
                raw.kv.put(RawEtcd.key(rawNamespace, c.key()), ByteSequence.from(new byte[300])).get();
            }
            for (Condition c : second.conditions()) {
                rawRevision = raw.kv.put(RawEtcd.key(rawNamespace, c.key()), ByteSequence.from(new byte[300])).get()
                        .getHeader().getRevision();
            }
            rawRevision = raw.kv.put(RawEtcd.key(rawNamespace, toB.revisionKey()), ByteSequence.from(new byte[300])).get()
                    .getHeader().getRevision();
            System.out.println("save commit: " + first.conditions().size() + " compares, " + first.operations().size()
                    + " operations: " + first);
        }

        void move(boolean toPoolB) {
            disk.setVpool(toPoolB ? poolB : poolA);
            disk.setVolumeId(toPoolB ? "vol-b" : "vol-a");
            disk.setSize(size++);
            disk.save();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            raw.close();
            dal.close();
            store.close();
        }
    }

    @Benchmark
    public long dalSave(Data d) {
        d.flip = !d.flip;
        d.move(d.flip);
        return d.disk.version();
    }

    @Benchmark
    public long rawTxn(Data d) throws Exception {
        d.rawFlip = !d.rawFlip;
        d.rawRevision = (d.rawFlip ? d.toB : d.toA).send(d.raw.kv, d.rawRevision);
        return d.rawRevision;
    }
}
