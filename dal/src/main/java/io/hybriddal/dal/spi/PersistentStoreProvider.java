package io.hybriddal.dal.spi;

import java.util.Set;

/**
 * Opens persistent stores for some URI schemes; found through {@link java.util.ServiceLoader}
 * (register in {@code META-INF/services/io.hybriddal.dal.spi.PersistentStoreProvider}).
 */
public interface PersistentStoreProvider {

    /** The URI schemes handled, in lower case ({@code "etcd"}, {@code "file"}). */
    Set<String> schemes();

    /**
     * Takes apart a URI of one of {@link #schemes()} before {@link #open} (which
     * {@link PersistentStore#open(String)} calls with the result). By default
     * {@link StoreUri#parse}: an authority is a list of {@code host:port}. A store without hosts
     * returns {@link StoreUri#parseLocal} instead, so that {@link #open} reports a host in its own
     * words rather than as a malformed {@code host:port}.
     *
     * @throws IllegalArgumentException naming the URI when it is malformed
     */
    default StoreUri parse(String uri) {
        return StoreUri.parse(uri);
    }

    /** Opens the store {@code uri} names; the scheme is one of {@link #schemes()}. */
    PersistentStore open(StoreUri uri);
}
