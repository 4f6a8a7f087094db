package io.hybriddal.dal.internal.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

/** Whether observations are on is decided once, from the registry the Dal was given. */
class TracingTest {

    @Test
    void theNoopRegistry_turnsObservationsOff() {
        assertThat(new Tracing(ObservationRegistry.NOOP).on()).isFalse();
    }

    @Test
    void aRegistryWithoutHandlers_turnsObservationsOff() {
        assertThat(new Tracing(ObservationRegistry.create()).on()).isFalse();
    }

    @Test
    void aRegistryWithAHandler_turnsObservationsOn_withHybridLowAndGuidHighCardinality() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        Tracing tracing = new Tracing(registry);

        assertThat(tracing.on()).isTrue();
        Observation.Context context = tracing.of(Tracing.SAVE, "save pool", "pool", "g-1").getContext();
        assertThat(context.getName()).isEqualTo("hybriddal.save");
        assertThat(context.getContextualName()).isEqualTo("save pool");
        assertThat(context.getLowCardinalityKeyValue("hybrid").getValue()).isEqualTo("pool");
        assertThat(context.getHighCardinalityKeyValue("guid").getValue()).isEqualTo("g-1");
    }
}
