package io.hybriddal.bench;

import io.hybriddal.bench.model.BuildDisk;
import io.hybriddal.bench.support.Probes;
import io.hybriddal.bench.support.Servers;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.MigrationResult;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.PersistentStore;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
 * {@code Dal.migrate()} building the index of a property that became indexed on an etcd store
 * holding {@code n} objects saved before (online build: pages of 40 objects, each one commit
 * guarded by the objects' revisions and carrying the checkpoint). Each iteration seeds a fresh
 * namespace with raw documents (100 per commit, outside the measurement), opens the Dal, and
 * times one migrate. The build rate (objects/s, mean over the measured iterations) is recorded
 * as a probe.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class IndexBuildBench {

    @State(Scope.Benchmark)
    public static class Data {
        @Param({"100000"})
        int n;

        PersistentStore store;
        Dal dal;
        double objectsPerSecond;
        int measured;

        @Setup(Level.Iteration)
        public void seed() {
            store = PersistentStore.open(Servers.bulkEtcdUri("build"));
            for (int i = 0; i < n; i += 100) {
                Commit.Builder commit = Commit.builder();
                for (int j = i; j < Math.min(n, i + 100); j++) {
                    String doc = "{\"_v\":1,\"name\":\"disk-" + j + "\",\"size\":" + (j % 1000) + "}";
                    commit.put("o/bdisk/" + UUID.randomUUID(), doc.getBytes(StandardCharsets.UTF_8));
                }
                store.commit(commit.build());
            }
            dal = Dal.builder().persistentStore(store).register(BuildDisk.class).nearCacheSize(0).build();
        }

        @TearDown(Level.Iteration)
        public void close() {
            dal.close();
            store.close();
        }

        @TearDown(Level.Trial)
        public void report() {
            if (measured > 0) {
                Probes.record("index build over etcd: objects per second", Math.round(objectsPerSecond / measured), "objects/s",
                        "Dal.migrate() building one index of " + n + " objects (pages of 40, checkpointed), mean of "
                                + measured + " builds (warm-up included)");
            }
        }
    }

    @Benchmark
    public MigrationResult migrate(Data data) {
        MigrationResult result = data.dal.migrate();
        if (result.indexesBuilt().size() != 1) {
            throw new IllegalStateException("expected one index built: " + result);
        }
        data.objectsPerSecond += data.n / (result.duration().toNanos() / 1e9);
        data.measured++;
        return result;
    }
}
