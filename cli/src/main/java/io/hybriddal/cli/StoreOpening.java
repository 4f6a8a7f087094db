package io.hybriddal.cli;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreUri;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;

/**
 * Opens the stores a command names and makes each answer once, so that an unreachable or
 * mistyped store fails at once with one message naming it, not mid-command (and not, for the
 * volatile store, silently: a cache that is down answers reads as misses).
 */
final class StoreOpening {

    private static final String PROBE_KEY = "hybrid-dal-cli:probe";

    private StoreOpening() {
    }

    /** The persistent store, reached once; a read-only command never creates a {@code file:} store. */
    static PersistentStore persistent(String uri, Session.Access access) {
        PersistentStore store;
        try {
            store = PersistentStore.open(openedUri(uri, access));
        } catch (IllegalArgumentException | StoreException e) {
            throw new StoreException("cannot open persistent store " + Session.redacted(uri) + ": " + e.getMessage(), e);
        }
        long start = System.nanoTime();
        try {
            store.currentRevision(); // the first call that reaches the server
        } catch (RuntimeException e) {
            store.close();
            throw new StoreException("persistent store " + Session.redacted(uri) + " is unreachable (gave up after "
                    + (System.nanoTime() - start) / 1_000_000 + " ms): " + e.getMessage(), e);
        }
        return store;
    }

    /** The volatile store; a {@code memory:} one follows the command's clock, any other is probed. */
    static VolatileStore volatileStore(String uri, Clock clock) {
        VolatileStore store;
        try {
            if ("memory".equals(StoreUri.parse(uri).scheme())) {
                return new MemoryVolatileStore(clock);
            }
            store = VolatileStore.open(uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("volatile store " + Session.redacted(uri) + ": " + e.getMessage(), e);
        }
        probe(store, uri);
        return store;
    }

    /**
     * The URI a command opens: for a read-only command, a {@code file:} store gets
     * {@code create=false} (unless the URI says otherwise), so a mistyped path is refused, not created.
     */
    static String openedUri(String uri, Session.Access access) {
        if (access == Session.Access.READ_WRITE) {
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

    /** {@code incr} must answer, so it fails when the server is unreachable; the probe counter lives a second. */
    private static void probe(VolatileStore store, String uri) {
        long start = System.nanoTime();
        try {
            store.incr(PROBE_KEY, 0, 0, 1);
        } catch (RuntimeException e) {
            store.close();
            throw new StoreException("volatile store " + Session.redacted(uri) + " is unreachable (gave up after "
                    + (System.nanoTime() - start) / 1_000_000 + " ms): " + e.getMessage(), e);
        }
    }
}
