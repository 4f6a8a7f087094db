package io.hybriddal.store.memcached;

import io.hybriddal.dal.spi.StoreUri;
import io.hybriddal.dal.spi.VolatileStore;
import io.hybriddal.dal.spi.VolatileStoreProvider;
import java.util.Set;

/**
 * Opens {@code memcached://host:port[,host:port...][?options]} URIs as
 * {@link MemcachedVolatileStore}s; the options are listed on {@link MemcachedOptions}. Found
 * through {@link java.util.ServiceLoader}. Stateless and thread-safe.
 */
public final class MemcachedStoreProvider implements VolatileStoreProvider {

    @Override
    public Set<String> schemes() {
        return Set.of("memcached");
    }

    /**
     * @throws IllegalArgumentException on a URI without hosts or with bad options
     * @throws io.hybriddal.dal.StoreException when the client cannot be created
     */
    @Override
    public VolatileStore open(StoreUri uri) {
        return new MemcachedVolatileStore(MemcachedOptions.fromUri(uri));
    }
}
