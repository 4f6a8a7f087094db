package io.hybriddal.acceptance.memory;

import io.hybriddal.acceptance.ChangeFeedContract;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;

/** {@link ChangeFeedContract} on the in-memory reference stores. */
class MemoryChangeFeedTest extends ChangeFeedContract {
    @Override protected PersistentStore newPersistentStore() { return new MemoryPersistentStore(); }
    @Override protected VolatileStore newVolatileStore(Clock clock) { return new MemoryVolatileStore(clock); }
}
