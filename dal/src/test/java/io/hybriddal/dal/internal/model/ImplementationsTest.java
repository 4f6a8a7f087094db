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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ImplementationsTest {

    private static final List<Class<? extends DataObject>> MODEL = List.of(Pool.class, Volume.class, Tag.class, Note.class, Gauge.class);

    @Test
    void of_givesEachClassItsOwnDeclarationsAndImplementation() {
        Implementations prepared = Implementations.prepare(MODEL, StandIn::of);

        for (Class<? extends DataObject> type : MODEL) {
            assertThat(prepared.of(type).declarations().type()).isEqualTo(type);
            assertThat(StandIn.madeFor(prepared.of(type).factory())).isEqualTo(type);
        }
    }

    @Test
    void of_throwsWhatGeneratingThatClassThrew_andOnlyForThatClass() {
        IllegalStateException failure = new IllegalStateException("no generator for Tag");
        Implementations prepared = Implementations.prepare(MODEL, d -> {
            if (d.type() == Tag.class) {
                throw failure;
            }
            return StandIn.of(d);
        });

        assertThatThrownBy(() -> prepared.of(Tag.class)).isSameAs(failure);
        assertThat(StandIn.madeFor(prepared.of(Note.class).factory())).isEqualTo(Note.class);
    }

    @Test
    void of_throwsTheDeclarationProblem_ofTheFirstClassThatCannotBeRead_andNothingAfterItIsPrepared() {
        List<Class<?>> generatedFor = new CopyOnWriteArrayList<>();
        Implementations prepared = Implementations.prepare(List.of(Pool.class, NotAHybrid.class, Tag.class), d -> {
            generatedFor.add(d.type());
            return StandIn.of(d);
        });

        assertThatThrownBy(() -> prepared.of(NotAHybrid.class)).isInstanceOf(InvalidHybridException.class)
                .hasMessageContaining("NotAHybrid");
        assertThat(prepared.of(Pool.class).declarations().type()).isEqualTo(Pool.class);
        assertThatThrownBy(() -> prepared.of(Tag.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Tag was not prepared");
        assertThat(generatedFor).containsExactly(Pool.class);
    }

    @Test
    void of_waitsThroughAnInterrupt_andLeavesItSet() {
        Implementations prepared = Implementations.prepare(MODEL, StandIn::of);
        Thread.currentThread().interrupt();
        try {
            for (Class<? extends DataObject> type : MODEL) {
                assertThat(StandIn.madeFor(prepared.of(type).factory())).isEqualTo(type);
            }
        } finally {
            assertThat(Thread.interrupted()).as("interrupt kept").isTrue();
        }
    }

    @Test
    void prepare_onOneProcessor_generatesEachClassOnTheCallerWhenAskedFor_soAFailureStopsTheRest() {
        List<Class<?>> generatedFor = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        Implementations prepared = Implementations.prepare(MODEL, d -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            generatedFor.add(d.type());
            if (d.type() == Volume.class) {
                throw new IllegalStateException("no generator for Volume");
            }
            return StandIn.of(d);
        }, 1);
        assertThat(generatedFor).isEmpty();

        assertThat(StandIn.madeFor(prepared.of(Pool.class).factory())).isEqualTo(Pool.class);
        assertThatThrownBy(() -> prepared.of(Volume.class)).hasMessage("no generator for Volume");
        assertThatThrownBy(() -> prepared.of(Volume.class)).hasMessage("no generator for Volume");

        assertThat(generatedFor).containsExactly(Pool.class, Volume.class);
    }

    @Test
    void prepare_generatesOnDaemonWorkerThreads_thatEndWhenDone() {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one processor: prepared on the calling thread");
        Map<Thread, Boolean> generators = new ConcurrentHashMap<>();
        Implementations prepared = Implementations.prepare(MODEL, d -> {
            generators.put(Thread.currentThread(), true);
            return StandIn.of(d);
        });
        MODEL.forEach(prepared::of);

        Set<Thread> threads = generators.keySet();
        assertThat(threads).isNotEmpty().allSatisfy(t -> {
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
