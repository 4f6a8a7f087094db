package io.hybriddal.bench;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.GetOption;
import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.Names;
import io.hybriddal.bench.support.RawEtcd;
import io.hybriddal.bench.support.Servers;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.bench.model.VPool;
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
 * Uncached {@code dal.get(VDisk, guid)} over etcd against a raw jetcd get of the same key, at
 * the same consistency: a Dal with {@code nearCacheSize(0)} reads {@code CACHED} serializably
 * (raw: {@code withSerializable(true)}); {@code Consistency.STRONG} reads linearizably (raw:
 * default options). hybrid-dal decodes the document into an object; the raw side only gets the
 * bytes. Both wait on the future with a timeout, as the store does.
 *
 * <p>JIT pitfalls avoided: results go to a {@link Blackhole}; key, guid and options are
 * non-final state fields built once in setup (no per-call building on the raw side that
 * hybrid-dal does not also do).
 *
 * <p>Warm-up of 30 iterations: in the full runs of 2026-12-05 every fork was still getting faster
 * at the end of 10 (about 1.7 ms at the first, 0.25-0.45 ms at the tenth, falling some 10 % an
 * iteration, in run A on into the measurement): the gRPC/Netty path and the JIT compiler share the
 * 2 cores with etcd, at only a few thousand calls a second, so it compiles slowly. With 20, the
 * last two full runs (E, F) still had forks some 5 % slower in their last warm-ups than measured
 * (the Dal's uncached get in F: 284-306 µs, then 259-298 µs), hence 30.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
public class EtcdGetBench {

    /** One vDisk in a fresh namespace; a Dal without near cache; a raw client. */
    @State(Scope.Benchmark)
    public static class Data {
        Dal dal;
        RawEtcd raw;
        String guid;
        ByteSequence key;
        GetOption serializable;
        GetOption linearizable;

        @Setup(Level.Trial)
        public void setUp() {
            String namespace = Names.unique("get");
            dal = Dal.builder().persistentStore("etcd://" + Servers.etcd() + "/" + namespace).nearCacheSize(0)
                    .register(VPool.class, VDisk.class).build();
            guid = Dataset.load(dal, 1, 1, 1, 8).diskGuids[0];
            raw = new RawEtcd();
            key = RawEtcd.key(namespace, "o/vdisk/" + guid);
            serializable = GetOption.builder().withSerializable(true).build();
            linearizable = GetOption.DEFAULT;
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            raw.close();
            dal.close();
        }
    }

    @Benchmark
    public void dalGetUncached(Data d, Blackhole bh) {
        bh.consume(d.dal.get(VDisk.class, d.guid));
    }

    @Benchmark
    public void rawGetSerializable(Data d, Blackhole bh) throws Exception {
        GetResponse r = d.raw.kv.get(d.key, d.serializable).get(5, TimeUnit.SECONDS);
        bh.consume(r.getKvs().get(0).getValue());
    }

    @Benchmark
    public void dalGetStrong(Data d, Blackhole bh) {
        bh.consume(d.dal.get(VDisk.class, d.guid, Consistency.STRONG));
    }

    @Benchmark
    public void rawGetLinearizable(Data d, Blackhole bh) throws Exception {
        GetResponse r = d.raw.kv.get(d.key, d.linearizable).get(5, TimeUnit.SECONDS);
        bh.consume(r.getKvs().get(0).getValue());
    }
}
