package io.hybriddal.integration;

import io.hybriddal.acceptance.IdentityContract;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;

/** {@link IdentityContract} on the file store ({@code file:<fresh temp dir>}) and the memory volatile store. */
class FileStoreIdentityTest extends IdentityContract {
    @Override protected PersistentStore newPersistentStore() { return RealStores.file(); }
    @Override protected VolatileStore newVolatileStore(Clock clock) { return new MemoryVolatileStore(clock); }
}
