package io.hybriddal.integration;

import io.hybriddal.acceptance.DynamicContract;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;

/** {@link DynamicContract} on the file store ({@code file:<fresh temp dir>}) and the memory volatile store. */
class FileStoreDynamicTest extends DynamicContract {
    @Override protected PersistentStore newPersistentStore() { return RealStores.file(); }
    @Override protected VolatileStore newVolatileStore(Clock clock) { return new MemoryVolatileStore(clock); }
}
