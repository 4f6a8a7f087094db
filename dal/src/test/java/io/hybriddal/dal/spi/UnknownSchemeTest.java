package io.hybriddal.dal.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A URI of a scheme no store knows is reported as an unknown scheme, whatever its authority looks like. */
class UnknownSchemeTest {

    @Test
    void aPersistentUriOfAnUnknownSchemeNamesTheSchemeAndTheKnownOnes() {
        assertThatThrownBy(() -> PersistentStore.open("bogus://x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown scheme 'bogus'")
                .hasMessageContaining("[bogus://x]")
                .hasMessageContaining("known schemes: memory")
                .hasMessageNotContaining("host:port");
    }

    @Test
    void aVolatileUriOfAnUnknownSchemeNamesTheSchemeAndTheKnownOnes() {
        assertThatThrownBy(() -> VolatileStore.open("bogus://x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown scheme 'bogus'")
                .hasMessageContaining("known schemes: memory")
                .hasMessageNotContaining("host:port");
    }

    @Test
    void thePasswordOfAnUnknownSchemesUriStaysHidden() {
        assertThatThrownBy(() -> PersistentStore.open("bogus://root:hunter2@x?secret=s3"))
                .hasMessageContaining("unknown scheme 'bogus'")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("s3");
    }
}
