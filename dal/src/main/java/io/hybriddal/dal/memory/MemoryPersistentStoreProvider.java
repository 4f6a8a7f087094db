package io.hybriddal.dal.memory;

import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.PersistentStoreProvider;
import io.hybriddal.dal.spi.StoreUri;
import java.util.Set;

/** Opens {@code memory:} persistent stores: a fresh, empty store per call; a path names the namespace ({@code memory:/tenant-a}). */
public final class MemoryPersistentStoreProvider implements PersistentStoreProvider {

    @Override
    public Set<String> schemes() {
        return Set.of("memory");
    }

    @Override
    public PersistentStore open(StoreUri uri) {
        String path = uri.path();
        String namespace = path.startsWith("/") ? path.substring(1) : path;
        return new MemoryPersistentStore(namespace, MemoryPersistentStore.DEFAULT_HISTORY);
    }
}
