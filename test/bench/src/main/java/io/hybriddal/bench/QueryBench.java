package io.hybriddal.bench;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.MemoryModel;
import io.hybriddal.bench.support.RandomSequence;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.spi.ReadConsistency;
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
 * An equality query returning 10 of 100,000 vDisks, on the MEMORY stores (loading 100k objects
 * into etcd would take minutes), with the query cache out of the way (volatile store that never
 * hits), so every call takes the query's real path: on the indexed {@code volumeId} (index entries
 * as candidates, then the 10 documents), and on the non-indexed {@code volumeTag} holding the same
 * values (a scan of all 100,000), against 10 raw gets of the 10 documents from the same persistent
 * store, and against the same 10 objects fetched one by one through the Dal's near cache (what
 * returning them costs at least). Every result's name is read, so the lazy list really loads its members. Volume ids are
 * drawn from the same random sequence on every side.
 *
 * <p>JIT pitfalls avoided: names and raw entries go to a {@link Blackhole}; the model and keys
 * are non-final state fields; volume ids are precomputed strings picked by a precomputed random
 * sequence.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class QueryBench {

    @State(Scope.Benchmark)
    public static class Data {
        MemoryModel model;
        String[] volumes;
        String[][] documentKeys;
        /** The same documents' guids, as other String objects than the ones the near cache holds. */
        String[][] guids;

        @Setup(Level.Trial)
        public void setUp() {
            model = MemoryModel.openWithoutQueryCache();
            Dataset d = model.data;
            volumes = new String[d.volumes()];
            documentKeys = new String[d.volumes()][MemoryModel.PER_VOLUME];
            guids = new String[d.volumes()][MemoryModel.PER_VOLUME];
            for (int v = 0; v < volumes.length; v++) {
                volumes[v] = Dataset.volume(v);
                for (int j = 0; j < MemoryModel.PER_VOLUME; j++) {
                    documentKeys[v][j] = "o/vdisk/" + d.diskGuids[v * MemoryModel.PER_VOLUME + j];
                    guids[v][j] = new String(d.diskGuids[v * MemoryModel.PER_VOLUME + j].toCharArray());
                }
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            model.close();
        }
    }

    @State(Scope.Thread)
    public static class Pick {
        RandomSequence sequence;

        @Setup(Level.Trial)
        public void setUp(Data d) {
            sequence = new RandomSequence(d.volumes.length, 7);
        }
    }

    @Benchmark
    public void dalQueryIndexed(Data d, Pick p, Blackhole bh) {
        for (VDisk disk : d.model.dal.query(VDisk.class).where(Filter.eq("volumeId", d.volumes[p.sequence.next()])).list()) {
            bh.consume(disk.getName());
        }
    }

    @Benchmark
    public void dalQueryScan(Data d, Pick p, Blackhole bh) {
        for (VDisk disk : d.model.dal.query(VDisk.class).where(Filter.eq("volumeTag", d.volumes[p.sequence.next()])).list()) {
            bh.consume(disk.getName());
        }
    }

    /**
     * The query's floor on this store: its ten results fetched one by one through the Dal's near
     * cache (every object is loaded), names read as the query's are. Any query returning these
     * objects does at least this work, plus finding them.
     */
    @Benchmark
    public void dalTenGets(Data d, Pick p, Blackhole bh) {
        for (String guid : d.guids[p.sequence.next()]) {
            bh.consume(d.model.dal.get(VDisk.class, guid).getName());
        }
    }

    @Benchmark
    public void rawTenGets(Data d, Pick p, Blackhole bh) {
        for (String key : d.documentKeys[p.sequence.next()]) {
            bh.consume(d.model.store.get(key, ReadConsistency.SERIALIZABLE));
        }
    }
}
