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

    /** How a command uses the persistent store: a command that only reads never creates a store. */
    enum Access { READ_ONLY, READ_WRITE }

    static Session open(StoreOptions stores, Clock clock, Access access) {
        return open(stores.persistent, stores.volatileStore, clock, access);
    }

    static Session open(String persistentUri, String volatileUri, Clock clock, Access access) {
        PersistentStore persistent = openPersistent(persistentUri, access);
        VolatileStore volatileStore = null;
        try {
            if ("memory".equals(StoreUri.parse(volatileUri).scheme())) {
                volatileStore = new MemoryVolatileStore(clock);
            } else {
                volatileStore = VolatileStore.open(volatileUri);
                probe(volatileStore, volatileUri);
            }
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

    /**
     * The URI a command opens: for a read-only command, a {@code file:} store gets
     * {@code create=false} (unless the URI says otherwise), so a mistyped path is refused, not created.
     */
    static String openedUri(String uri, Access access) {
        if (access == Access.READ_WRITE) {
            return uri;
        }
        try {
            StoreUri parsed = StoreUri.parseLocal(uri);
            if (!"file".equals(parsed.scheme()) || parsed.parameters().containsKey("create")) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            return uri; // opening it reports what is wrong
        }
        return uri + (uri.indexOf('?') < 0 ? "?" : "&") + "create=false";
    }

    /**
     * The volatile store's first round trip, at open: a cache that is down answers reads as misses
     * (by contract), which would let a command run without it. {@code incr} must answer, so it fails
     * when the server is unreachable; the probe counter lives a second.
     */
    private static void probe(VolatileStore store, String uri) {
        long start = System.nanoTime();
        try {
            store.incr(PROBE_KEY, 0, 0, 1);
        } catch (RuntimeException e) {
            store.close();
            throw new StoreException("volatile store " + redacted(uri) + " is unreachable (gave up after "
                    + (System.nanoTime() - start) / 1_000_000 + " ms): " + e.getMessage(), e);
        }
    }

    private static final String PROBE_KEY = "hybrid-dal-cli:probe";

    private static PersistentStore openPersistent(String uri, Access access) {
        PersistentStore store;
        try {
            store = PersistentStore.open(openedUri(uri, access));
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
