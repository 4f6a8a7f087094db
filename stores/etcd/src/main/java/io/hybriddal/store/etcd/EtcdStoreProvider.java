package io.hybriddal.store.etcd;

import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.PersistentStoreProvider;
import io.hybriddal.dal.spi.StoreUri;
import java.util.Set;

/**
 * Opens {@link EtcdPersistentStore}s for {@code etcd://} URIs; found by
 * {@link PersistentStore#open(String)} through {@link java.util.ServiceLoader}. Stateless and
 * thread-safe.
 */
public final class EtcdStoreProvider implements PersistentStoreProvider {

    /** For {@link java.util.ServiceLoader}. */
    public EtcdStoreProvider() {
    }

    @Override
    public Set<String> schemes() {
        return Set.of("etcd");
    }

    @Override
    public PersistentStore open(StoreUri uri) {
        return EtcdPersistentStore.open(uri);
    }
}
