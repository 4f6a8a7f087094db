package io.hybriddal.dal.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.InvalidHybridException;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.model.Gauge;
import io.hybriddal.dal.model.Note;
import io.hybriddal.dal.model.Tag;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which problem a registration reports when several classes have one: the first in registration order, whatever the threads did. */
class ModelRegistryTest {

    private static final Function<Declarations, InstanceFactory> STAND_INS = StandIn::of;

    private static InvalidHybridException refused(List<Class<? extends DataObject>> types, Function<Declarations, InstanceFactory> generator) {
        Throwable thrown = catchThrowable(() -> ModelRegistry.build(types, c -> false, generator));
        assertThat(thrown).isInstanceOf(InvalidHybridException.class);
        return (InvalidHybridException) thrown;
    }

    @Test
    void build_reportsTheFirstFailedGenerationInRegistrationOrder_whenALaterOneFailedFirst() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one processor: generated one after the other");
        CountDownLatch tagFailed = new CountDownLatch(1);
        Function<Declarations, InstanceFactory> generator = d -> {
            if (d.type() == Note.class) {
                await(tagFailed);
                throw new InvalidHybridException("cannot generate Note");
            }
            if (d.type() == Tag.class) {
                tagFailed.countDown();
                throw new InvalidHybridException("cannot generate Tag");
            }
            return StandIn.of(d);
        };

        assertThat(refused(List.of(Note.class, Tag.class, Gauge.class), generator)).hasMessage("cannot generate Note");
        assertThat(tagFailed.getCount()).as("Tag's generation failed first").isZero();
    }

    @Test
    void build_reportsADeclarationProblem_beforeTheExtensionClashOfALaterClass() {
        assertThat(refused(List.of(Unannotated.class, Base.class, ExtensionOne.class, ExtensionTwo.class), STAND_INS))
                .hasMessageContaining("Unannotated").hasMessageNotContaining("two registered extensions");
    }

    @Test
    void build_reportsAnExtensionClash_beforeTheDeclarationProblemOfALaterClass() {
        assertThat(refused(List.of(Base.class, ExtensionOne.class, ExtensionTwo.class, Unannotated.class), STAND_INS))
                .hasMessageContaining("two registered extensions").hasMessageNotContaining("Unannotated");
    }

    @Test
    void build_modelsEveryClass_withTheImplementationMadeFromItsDeclarations() {
        ModelRegistry registry = ModelRegistry.build(List.of(Tag.class, Note.class, Gauge.class), c -> false, STAND_INS);

        for (Class<? extends DataObject> type : List.of(Tag.class, Note.class, Gauge.class)) {
            assertThat(StandIn.madeFor(registry.require(type).proxy())).isEqualTo(type);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("Tag's generation ran").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An abstract getter without annotation. */
    @Hybrid
    abstract static class Unannotated extends DataObject {
        public abstract String getName();
    }

    @Hybrid
    abstract static class Base extends DataObject {
        @Property
        public abstract String getName();

        public abstract void setName(String name);
    }

    @Hybrid
    abstract static class ExtensionOne extends Base {
    }

    @Hybrid
    abstract static class ExtensionTwo extends Base {
    }
}
