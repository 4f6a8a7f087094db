package io.hybriddal.dal.internal.dynamic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CoarseClockTest {

    @Test
    void aSystemClock_inAnyZone_isReplacedByTheCoarseClock() {
        assertThat(CoarseClock.of(Clock.systemUTC())).isInstanceOf(CoarseClock.class);
        assertThat(CoarseClock.of(Clock.system(ZoneId.of("Europe/Brussels")))).isSameAs(CoarseClock.of(Clock.systemUTC()));
    }

    @Test
    void anInjectedClock_isKeptAsItIs_soTimeStaysExact() {
        Clock fixed = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertThat(CoarseClock.of(fixed)).isSameAs(fixed);
        assertThat(CoarseClock.of(Clock.offset(Clock.systemUTC(), Duration.ofHours(1)))).isNotInstanceOf(CoarseClock.class);
    }

    @Test
    void theCoarseClock_isNeverAheadOfTheSystemClock() {
        Clock coarse = CoarseClock.of(Clock.systemUTC());
        for (int i = 0; i < 10_000; i++) {
            long read = coarse.millis();
            assertThat(read).isLessThanOrEqualTo(System.currentTimeMillis());
        }
    }
}
