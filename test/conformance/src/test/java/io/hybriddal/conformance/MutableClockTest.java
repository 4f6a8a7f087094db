package io.hybriddal.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {

    private static final Instant START = Instant.parse("2030-05-06T07:08:09Z");

    @Test
    void clock_standsStill_untilMoved() {
        MutableClock clock = new MutableClock(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(new MutableClock().instant()).isEqualTo(MutableClock.DEFAULT_START);
    }

    @Test
    void advance_movesForward_andReturnsTheNewInstant() {
        MutableClock clock = new MutableClock(START);

        assertThat(clock.advance(Duration.ofMillis(1500))).isEqualTo(START.plusMillis(1500));
        clock.advance(Duration.ZERO);

        assertThat(clock.instant()).isEqualTo(START.plusMillis(1500));
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli() + 1500);
    }

    @Test
    void advance_rejectsANegativeDuration() {
        MutableClock clock = new MutableClock(START);

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set");
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void set_movesTheClockAnywhere_includingBack() {
        MutableClock clock = new MutableClock(START);

        clock.set(START.minusSeconds(3600));

        assertThat(clock.instant()).isEqualTo(START.minusSeconds(3600));
    }

    @Test
    void withZone_sharesTheInstant_withTheOriginalClock() {
        MutableClock clock = new MutableClock(START);
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofMinutes(5));

        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        ((MutableClock) paris).advance(Duration.ofMinutes(1));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(6)));
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    }

    @Test
    void advance_losesNoStep_whenThreadsAdvanceConcurrently() {
        MutableClock clock = new MutableClock(START);
        int perThread = 5_000;

        Concurrently.run(4, thread -> {
            for (int i = 0; i < perThread; i++) {
                clock.advance(Duration.ofMillis(1));
            }
            return null;
        });

        assertThat(clock.instant()).isEqualTo(START.plusMillis(4L * perThread));
    }
}
