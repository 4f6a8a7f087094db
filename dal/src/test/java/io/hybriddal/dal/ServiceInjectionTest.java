package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.model.Gauge;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ServiceInjectionTest {

    @Test
    void dynamic_readsTheServiceHandedToTheBuilder() {
        Gauge.Readings readings = name -> name.length() * 10L;
        try (Dal dal = Dal.builder().register(Gauge.class).service(Gauge.Readings.class, readings).build()) {
            Gauge gauge = dal.create(Gauge.class);
            gauge.setName("disk");
            gauge.save();
            assertThat(dal.get(Gauge.class, gauge.getGuid()).getReading()).isEqualTo(40L);
        }
    }

    @Test
    void twoDals_handTheirHybridsTheirOwnService() {
        try (Dal one = Dal.builder().register(Gauge.class).service(Gauge.Readings.class, name -> 1L).build();
             Dal two = Dal.builder().register(Gauge.class).service(Gauge.Readings.class, name -> 2L).build()) {
            Gauge a = one.create(Gauge.class);
            a.setName("a");
            Gauge b = two.create(Gauge.class);
            b.setName("b");
            assertThat(a.getReading()).isEqualTo(1L);
            assertThat(b.getReading()).isEqualTo(2L);
        }
    }

    @Test
    void missingService_isRefused_namingTheHybridAndTheType() {
        try (Dal dal = Dal.builder().register(Gauge.class).build()) {
            Gauge gauge = dal.create(Gauge.class);
            gauge.setName("g");
            assertThatThrownBy(gauge::getReading).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("gauge").hasMessageContaining("Readings").hasMessageContaining("Dal.builder().service(");
        }
    }

    @Test
    void serviceOfTheWrongType_isRefusedByTheBuilder() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Object> wrong = (Class) Gauge.Readings.class;
        assertThatThrownBy(() -> Dal.builder().service(wrong, "not readings")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a");
    }

    @Test
    void setByName_takesNaNAndInfinities_onADouble_asTheTypedSetterDoes() {
        try (Dal dal = Dal.builder().register(Gauge.class).build()) {
            Gauge gauge = dal.create(Gauge.class);
            gauge.set("level", Double.NaN);
            assertThat(gauge.getLevel()).isNaN();
            gauge.set("level", Double.NEGATIVE_INFINITY);
            assertThat(gauge.getLevel()).isEqualTo(Double.NEGATIVE_INFINITY);
            gauge.set("level", 2.5f);
            assertThat(gauge.getLevel()).isEqualTo(2.5);
            assertThatThrownBy(() -> gauge.set("level", new BigDecimal("1e400"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("gauge.level");
        }
    }
}
