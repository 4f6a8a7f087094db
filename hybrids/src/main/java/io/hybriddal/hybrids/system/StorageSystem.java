package io.hybriddal.hybrids.system;

import java.util.Objects;

/**
 * Where hybrids find the storage-system client their dynamics read from. Hybrid instances are
 * made by the Dal, not by the caller, so they cannot receive the client through a constructor;
 * the application installs one at start-up (tests install a {@link SimulatedStorageSystem}).
 */
public final class StorageSystem {

    private static volatile StorageSystemClient client;

    private StorageSystem() {
    }

    /**
     * The installed client.
     *
     * @throws IllegalStateException when none is installed
     */
    public static StorageSystemClient client() {
        StorageSystemClient current = client;
        if (current == null) {
            throw new IllegalStateException("no storage system client is installed; call StorageSystem.install(client) "
                    + "at start-up (for example with new SimulatedStorageSystem(clock))");
        }
        return current;
    }

    /** Installs {@code newClient} for every hybrid of this class loader; returns the previous one (or null). */
    public static StorageSystemClient install(StorageSystemClient newClient) {
        StorageSystemClient previous = client;
        client = Objects.requireNonNull(newClient, "client");
        return previous;
    }

    /** Removes the installed client (tests restore a clean state with it). */
    public static void uninstall() {
        client = null;
    }
}
