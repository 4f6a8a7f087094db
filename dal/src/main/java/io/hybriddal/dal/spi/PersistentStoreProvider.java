package io.hybriddal.dal.spi;

import java.util.Set;

/**
 * Opens persistent stores for some URI schemes; found through {@link java.util.ServiceLoader}
 * (register in {@code META-INF/services/io.hybriddal.dal.spi.PersistentStoreProvider}).
 */
public interface PersistentStoreProvider {

    /** The URI schemes handled, in lower case ({@code "etcd"}, {@code "file"}). */
    Set<String> schemes();

    /** Opens the store {@code uri} names; the scheme is one of {@link #schemes()}. */
    PersistentStore open(StoreUri uri);
}
