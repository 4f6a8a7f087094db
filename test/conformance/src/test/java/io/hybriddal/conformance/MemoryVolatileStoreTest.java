package io.hybriddal.conformance;

import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Duration;

/** Runs the volatile-store contract against the in-memory reference store, on a {@link MutableClock}. */
class MemoryVolatileStoreTest extends VolatileStoreContract {

    /** One per test: JUnit makes a new instance of this class for every test method. */
    private final MutableClock clock = new MutableClock();

    @Override
    protected VolatileStore openStore() {
        return new MemoryVolatileStore(clock);
    }

    @Override
    protected boolean controlsTime() {
        return true;
    }

    @Override
    protected void advanceTime(Duration duration) {
        clock.advance(duration);
    }
}
