package io.hybriddal.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hybriddal.dal.spi.VolatileStore;
import java.time.Duration;

/**
 * What the volatile-store contracts need from the test class that runs them. Implemented once,
 * by {@link VolatileStoreContract}; store modules extend that class.
 */
public interface VolatileStoreFixture {

    /** A fresh, empty store, closed after the test. */
    VolatileStore newStore();

    /** Whether {@link #moveTime(Duration)} moves the time the store's TTLs follow. */
    boolean timeControlled();

    /** Moves the store's time forward by {@code duration}. */
    void moveTime(Duration duration);

    /** Skips the calling test unless the test controls the store's time. */
    default void requireTimeControl() {
        assumeTrue(timeControlled(), "the store's time cannot be moved by the test (e.g. a memcached server clock); "
                + "TTL expiry is not checked");
    }
}
