package io.hybriddal.bench;

import io.hybriddal.bench.scale.GeneratedHybrids;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import java.util.List;
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

/**
 * Start-up: {@code Dal.builder().register(50 hybrids).build()} on memory stores, single shot,
 * proxy generation included: before every shot the 50 classes ({@link GeneratedHybrids}) are
 * defined anew in a fresh class loader, so hybrid-dal's proxy cache never helps. {@code cold}
 * is the first registration in a fresh JVM (hybrid-dal, Byte Buddy, Jackson and the validator
 * loaded and interpreted: what a service's start pays), one shot in each of 5 forks; {@code warm}
 * repeats it in one JVM after 5 shots of warm-up (the cost of the registration work itself).
 * The Dal is closed after each shot, outside the measurement.
 *
 * <p>JIT pitfalls avoided: the Dal is returned (kept alive) and stored for tear-down; the class
 * list is a non-final state field rebuilt per shot.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegisterBench {

    @State(Scope.Benchmark)
    public static class Classes {
        GeneratedHybrids generated;
        List<Class<? extends DataObject>> types;
        Dal dal;

        @Setup(Level.Trial)
        public void generate() {
            generated = new GeneratedHybrids();
        }

        @Setup(Level.Iteration)
        public void freshLoader() {
            types = generated.load();
        }

        @TearDown(Level.Iteration)
        public void close() {
            if (dal != null) {
                dal.close();
                dal = null;
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Dal register(Classes c) {
        c.dal = Dal.builder().register(c.types.toArray(new Class[0])).build();
        return c.dal;
    }

    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Dal register50Cold(Classes c) {
        return register(c);
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public Dal register50Warm(Classes c) {
        return register(c);
    }
}
