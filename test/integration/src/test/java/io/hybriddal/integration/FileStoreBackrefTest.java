package io.hybriddal.integration;

import io.hybriddal.acceptance.BackrefContract;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;

/** {@link BackrefContract} on the file store ({@code file:<fresh temp dir>}) and the memory volatile store. */
class FileStoreBackrefTest extends BackrefContract {
    @Override protected PersistentStore newPersistentStore() { return RealStores.file(); }
    @Override protected VolatileStore newVolatileStore(Clock clock) { return new MemoryVolatileStore(clock); }
}
