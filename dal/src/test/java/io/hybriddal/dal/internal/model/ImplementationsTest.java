package io.hybriddal.dal.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.InvalidHybridException;
import io.hybriddal.dal.model.Gauge;
import io.hybriddal.dal.model.Note;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Tag;
import io.hybriddal.dal.model.Volume;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ImplementationsTest {

    private static final List<Class<? extends DataObject>> MODEL = List.of(Pool.class, Volume.class, Tag.class, Note.class, Gauge.class);

    /** Stands for a generated class: remembers whose declarations it was made from. */
    private record Made(Class<?> type) implements InstanceFactory {
        @Override
        public DataObject instantiate() {
            throw new UnsupportedOperationException();
        }

        @Override
        public MethodHandle[] computes() {
            return new MethodHandle[0];
        }
    }

    @Test
    void of_givesEachClassItsOwnDeclarationsAndImplementation() {
        Implementations prepared = Implementations.prepare(MODEL, d -> new Made(d.type()));

        for (Class<? extends DataObject> type : MODEL) {
            assertThat(prepared.of(type).declarations().type()).isEqualTo(type);
            assertThat(prepared.of(type).factory()).isEqualTo(new Made(type));
        }
    }

    @Test
    void of_throwsWhatPreparingThatClassThrew_andOnlyForThatClass() {
        IllegalStateException failure = new IllegalStateException("no generator for Tag");
        Implementations prepared = Implementations.prepare(MODEL, d -> {
            if (d.type() == Tag.class) {
                throw failure;
            }
            return new Made(d.type());
        });

        assertThatThrownBy(() -> prepared.of(Tag.class)).isSameAs(failure);
        assertThat(prepared.of(Note.class).factory()).isEqualTo(new Made(Note.class));
    }

    @Test
    void of_throwsTheDeclarationProblem_ofAClassThatIsNotAValidHybrid() {
        Implementations prepared = Implementations.prepare(List.of(Pool.class, NotAHybrid.class), d -> new Made(d.type()));

        assertThatThrownBy(() -> prepared.of(NotAHybrid.class)).isInstanceOf(InvalidHybridException.class)
                .hasMessageContaining("NotAHybrid");
        assertThat(prepared.of(Pool.class).declarations().type()).isEqualTo(Pool.class);
    }

    @Test
    void prepare_generatesOnWorkerThreads_thatAreGoneWhenItReturns() {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one processor: prepared on the calling thread");
        Map<Thread, Boolean> generators = new ConcurrentHashMap<>();
        Function<Declarations, InstanceFactory> recording = d -> {
            generators.put(Thread.currentThread(), true);
            return new Made(d.type());
        };

        Implementations.prepare(MODEL, recording);

        Set<Thread> threads = generators.keySet();
        assertThat(threads).allSatisfy(t -> {
            assertThat(t.getName()).startsWith("hybrid-dal-register-");
            assertThat(t.isDaemon()).isTrue();
        });
        for (Thread t : threads) {
            assertThat(join(t)).as(t.getName() + " still alive").isFalse();
        }
    }

    private static boolean join(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return t.isAlive();
    }

    /** An abstract getter without annotation. */
    @io.hybriddal.dal.Hybrid
    abstract static class NotAHybrid extends DataObject {
        public abstract String getName();
    }
}
