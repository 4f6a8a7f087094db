package io.hybriddal.cli;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreUri;
import io.hybriddal.dal.spi.VolatileStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;

/**
 * A Dal over the stores a command names, with every hybrid of the class path registered
 * ({@code scan()}). The session opens and closes the stores itself, so it can probe the persistent
 * store before use, turning an unreachable store into one message naming it. Everything else goes
 * through the Dal's public API ({@code dal.model()}, access by hybrid name, {@code dal.admin()}).
 */
final class Session implements AutoCloseable {

    final String persistentUri;
    final String volatileUri;
    final PersistentStore persistent;
    final VolatileStore volatileStore;
    final Dal dal;

    private Session(String persistentUri, String volatileUri, PersistentStore persistent, VolatileStore volatileStore, Dal dal) {
        this.persistentUri = persistentUri;
        this.volatileUri = volatileUri;
        this.persistent = persistent;
        this.volatileStore = volatileStore;
        this.dal = dal;
    }

    static Session open(StoreOptions stores, Clock clock) {
        return open(stores.persistent, stores.volatileStore, clock);
    }

    static Session open(String persistentUri, String volatileUri, Clock clock) {
        PersistentStore persistent = openPersistent(persistentUri);
        VolatileStore volatileStore = null;
        try {
            volatileStore = "memory".equals(StoreUri.parse(volatileUri).scheme())
                    ? new MemoryVolatileStore(clock) : VolatileStore.open(volatileUri);
            Dal dal = Dal.builder().persistentStore(persistent).volatileStore(volatileStore).scan().clock(clock)
                    .meterRegistry(new SimpleMeterRegistry()).build();
            return new Session(persistentUri, volatileUri, persistent, volatileStore, dal);
        } catch (RuntimeException e) {
            if (volatileStore != null) {
                volatileStore.close();
            }
            persistent.close();
            if (e instanceof IllegalArgumentException) {
                throw new IllegalArgumentException("volatile store " + redacted(volatileUri) + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static PersistentStore openPersistent(String uri) {
        PersistentStore store;
        try {
            store = PersistentStore.open(uri);
        } catch (IllegalArgumentException | StoreException e) {
            throw new StoreException("cannot open persistent store " + redacted(uri) + ": " + e.getMessage(), e);
        }
        long start = System.nanoTime();
        try {
            store.currentRevision(); // the first call that reaches the server: fail here, with the URI, not mid-command
        } catch (RuntimeException e) {
            store.close();
            throw new StoreException("persistent store " + redacted(uri) + " is unreachable (gave up after "
                    + (System.nanoTime() - start) / 1_000_000 + " ms): " + e.getMessage(), e);
        }
        return store;
    }

    private static String redacted(String uri) {
        try {
            return StoreUri.parse(uri).redacted();
        } catch (IllegalArgumentException e) {
            return "[" + uri + "]";
        }
    }

    /**
     * The registered hybrid named {@code name}.
     *
     * @throws io.hybriddal.dal.InvalidHybridException listing the known ones when there is none
     */
    HybridInfo hybrid(String name) {
        return dal.model().hybrid(name);
    }

    /** Every registered hybrid, in registration order. */
    List<HybridInfo> hybrids() {
        return dal.model().hybrids();
    }

    List<String> hybridNames() {
        return hybrids().stream().map(HybridInfo::name).sorted().toList();
    }

    @Override
    public void close() {
        try {
            dal.close();
        } finally {
            try {
                volatileStore.close();
            } finally {
                persistent.close();
            }
        }
    }
}
