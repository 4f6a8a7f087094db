package io.hybriddal.dal.memory;

import io.hybriddal.dal.spi.StoreUri;
import io.hybriddal.dal.spi.VolatileStore;
import io.hybriddal.dal.spi.VolatileStoreProvider;
import java.util.Set;

/** Opens {@code memory:} volatile stores on the system clock (the Dal builder passes its own clock instead). */
public final class MemoryVolatileStoreProvider implements VolatileStoreProvider {

    @Override
    public Set<String> schemes() {
        return Set.of("memory");
    }

    @Override
    public VolatileStore open(StoreUri uri) {
        return new MemoryVolatileStore();
    }
}
