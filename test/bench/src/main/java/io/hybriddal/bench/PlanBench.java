package io.hybriddal.bench;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.Servers;
import io.hybriddal.dal.ApplyResult;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Design;
import io.hybriddal.dal.Plan;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import java.util.ArrayList;
import java.util.List;
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
 * Desired state at 10,000 objects, on the memory store and on etcd (128 operations per commit,
 * so the apply is written in batches under the plan log). {@code plan}: a design of 10,000
 * vDisks against a store holding them, half with another size (5,000 updates found; the plan
 * reads every stored vDisk and checks every step). {@code apply}: a plan of 10,000 creates,
 * planned in the setup of each invocation on a fresh store holding only the 10 pools.
 * Single-shot: one plan or apply is one measurement.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class PlanBench {

    static final int POOLS = 10;
    static final int PER_POOL = 1_000;

    /** A fresh Dal on the chosen store kind. */
    static Dal open(String store) {
        var builder = Dal.builder().register(VPool.class, VDisk.class);
        return (store.equals("etcd") ? builder.persistentStore(Servers.etcdUri("plan") + "?timeoutMs=30000")
                : builder.persistentStore(new MemoryPersistentStore())).build();
    }

    /** 10,000 desired vDisks: the dataset's own, sizes raised by {@code delta} on every other one. */
    static Design design(Dal dal, int delta) {
        List<DataObject> objects = new ArrayList<>(POOLS * PER_POOL);
        for (int i = 0; i < POOLS * PER_POOL; i++) {
            VDisk disk = dal.create(VDisk.class);
            disk.setName(Dataset.diskName(i));
            disk.setSize(i % 1000 + (i % 2 == 0 ? delta : 0));
            disk.setVolumeId(Dataset.volume(i / 10));
            disk.setVolumeTag(Dataset.volume(i / 10));
            objects.add(disk);
        }
        return Design.of(objects);
    }

    @State(Scope.Benchmark)
    public static class Planning {
        @Param({"memory", "etcd"})
        String store;

        Dal dal;
        Design design;

        @Setup(Level.Trial)
        public void setUp() {
            dal = open(store);
            Dataset data = Dataset.load(dal, POOLS, PER_POOL, 10, store.equals("etcd") ? 5 : 500);
            design = design(dal, 1);
            for (int i = 0; i < POOLS * PER_POOL; i++) {
                design.objects().get(i).set("vpool", data.poolGuids[i / PER_POOL]);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            dal.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Applying {
        @Param({"memory", "etcd"})
        String store;

        Dal dal;
        Plan plan;

        @Setup(Level.Invocation)
        public void setUp() {
            dal = open(store);
            Dataset pools = Dataset.load(dal, POOLS, 0, 10, 5);
            Design design = design(dal, 0);
            for (int i = 0; i < POOLS * PER_POOL; i++) {
                design.objects().get(i).set("vpool", pools.poolGuids[i / PER_POOL]);
            }
            plan = dal.plan(design);
        }

        @TearDown(Level.Invocation)
        public void tearDown() {
            dal.close();
        }
    }

    @Benchmark
    public Plan plan(Planning p) {
        Plan plan = p.dal.plan(p.design);
        if (plan.steps().size() != POOLS * PER_POOL / 2) {
            throw new IllegalStateException("expected 5,000 updates, planned " + plan.steps().size());
        }
        return plan;
    }

    @Benchmark
    public ApplyResult apply(Applying a) {
        ApplyResult result = a.plan.apply();
        if (result.applied().size() != POOLS * PER_POOL) {
            throw new IllegalStateException("expected 10,000 creates, applied " + result.applied().size());
        }
        return result;
    }
}
