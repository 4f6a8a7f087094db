package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.CachedDynamic;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How inspect prints a dynamic's cache entry (the demo's memory volatile store is gone when inspect runs). */
class InspectCachedDynamicTest {

    static final Instant COMPUTED = Instant.parse("2025-06-01T08:00:00Z");
    static final CachedDynamic ENTRY = new CachedDynamic("{\"iops\":12}", COMPUTED, COMPUTED.plusSeconds(5));

    @Test
    void aFreshEntryShowsItsValueAgeAndTtl() {
        assertThat(InspectCommand.cached(Optional.of(ENTRY), Duration.ofSeconds(5), COMPUTED.plusMillis(1500)))
                .isEqualTo("{\"iops\":12}  (age 1.5 s, ttl 5 s)");
    }

    @Test
    void anEntryPastItsExpiryIsMarkedExpired() {
        assertThat(InspectCommand.cached(Optional.of(ENTRY), Duration.ofSeconds(5), COMPUTED.plusSeconds(7)))
                .isEqualTo("{\"iops\":12}  (age 7.0 s, ttl 5 s, expired)");
    }

    @Test
    void aDynamicWithoutEntrySaysSoWithItsTtl() {
        assertThat(InspectCommand.cached(Optional.empty(), Duration.ofSeconds(30), COMPUTED)).isEqualTo("(not cached; ttl 30 s)");
    }
}
