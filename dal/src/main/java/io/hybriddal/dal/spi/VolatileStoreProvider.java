package io.hybriddal.dal.spi;

import java.util.Set;

/**
 * Opens volatile stores for some URI schemes; found through {@link java.util.ServiceLoader}
 * (register in {@code META-INF/services/io.hybriddal.dal.spi.VolatileStoreProvider}).
 */
public interface VolatileStoreProvider {

    /** The URI schemes handled, in lower case ({@code "memcached"}). */
    Set<String> schemes();

    /** Opens the cache {@code uri} names; the scheme is one of {@link #schemes()}. */
    VolatileStore open(StoreUri uri);
}
