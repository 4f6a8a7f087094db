package io.hybriddal.bench;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.kv.TxnResponse;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.GetOption;
import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.Names;
import io.hybriddal.bench.support.Probes;
import io.hybriddal.bench.support.RawEtcd;
import io.hybriddal.bench.support.Servers;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.support.RecordingPersistentStore;
import java.util.Arrays;
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
 * Reading a backref of 1,000 members over etcd, without near cache (every member comes from the
 * store): {@code pool.getVdisks()} iterated, reading each member's name, against raw jetcd reads
 * of the same 1,000 documents: one range read of the namespace's vDisk prefix (which holds
 * exactly these 1,000: one round trip, the floor), and multi-gets by key in transactions of
 * {@value #TXN_GETS} gets (etcd's default {@code --max-txn-ops} is 128, so a multi-get of 1,000
 * named keys takes 8). Setup also counts hybrid-dal's store round trips for one read through a
 * {@link RecordingPersistentStore} and records them (must be at most pages + 1 = 11, not 1,000).
 *
 * <p>JIT pitfalls avoided: every member's name (hybrid-dal) or the response (raw) goes to a
 * {@link Blackhole}; keys and options are non-final state fields.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class BackrefBench {

    static final int MEMBERS = 1_000;
    static final int TXN_GETS = 125;

    @State(Scope.Benchmark)
    public static class Data {
        RecordingPersistentStore store;
        Dal dal;
        VPool pool;
        RawEtcd raw;
        ByteSequence prefix;
        GetOption range;
        Op[][] chunks;

        @Setup(Level.Trial)
        public void setUp() {
            String namespace = Names.unique("backref");
            store = RecordingPersistentStore.countingOnly(PersistentStore.open("etcd://" + Servers.etcd() + "/" + namespace));
            dal = Dal.builder().persistentStore(store).nearCacheSize(0).register(VPool.class, VDisk.class).build();
            Dataset data = Dataset.load(dal, 1, MEMBERS, 1, 8);
            pool = dal.get(VPool.class, data.poolGuids[0]);
            store.reset();
            int read = readBackref(new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
            long trips = store.roundTrips();
            Probes.record("backref of 1,000 over etcd: store round trips (must be <= pages + 1 = 11)", trips, "round trips",
                    "read " + read + " members over etcd: " + store.counts() + "; pages of 100 + 1 = " + (MEMBERS / 100 + 1));
            raw = new RawEtcd();
            prefix = RawEtcd.key(namespace, "o/vdisk/");
            range = GetOption.builder().isPrefix(true).withSerializable(true).build();
            GetOption one = GetOption.builder().withSerializable(true).build();
            String[] guids = data.diskGuids.clone();
            Arrays.sort(guids);
            chunks = new Op[MEMBERS / TXN_GETS][];
            for (int c = 0; c < chunks.length; c++) {
                chunks[c] = new Op[TXN_GETS];
                for (int i = 0; i < TXN_GETS; i++) {
                    chunks[c][i] = Op.get(RawEtcd.key(namespace, "o/vdisk/" + guids[c * TXN_GETS + i]), one);
                }
            }
        }

        int readBackref(Blackhole bh) {
            int n = 0;
            for (VDisk disk : pool.getVdisks()) {
                bh.consume(disk.getName());
                n++;
            }
            return n;
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            raw.close();
            dal.close();
            store.close();
        }
    }

    @Benchmark
    public int dalBackref1000(Data d, Blackhole bh) {
        return d.readBackref(bh);
    }

    @Benchmark
    public void rawRangeGet1000(Data d, Blackhole bh) throws Exception {
        GetResponse r = d.raw.kv.get(d.prefix, d.range).get(5, TimeUnit.SECONDS);
        bh.consume(r.getKvs());
    }

    @Benchmark
    public void rawTxnGets1000(Data d, Blackhole bh) throws Exception {
        for (Op[] chunk : d.chunks) {
            TxnResponse r = d.raw.kv.txn().Then(chunk).commit().get(5, TimeUnit.SECONDS);
            bh.consume(r.getGetResponses());
        }
    }
}
