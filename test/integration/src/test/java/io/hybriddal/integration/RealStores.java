package io.hybriddal.integration;

import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Store instances for the contract runners, opened through their URIs (as applications do):
 * a fresh namespace of the shared etcd, the shared memcached (flushed), and a file store in a
 * fresh temp directory (deleted when the JVM exits). The callers own, and close, the stores.
 *
 * <p>memcached ignores the contracts' {@code MutableClock}: its own expiry runs on real time. The
 * contracts still hold because the engine decides TTLs itself (a cached dynamic carries its
 * compute time on the Dal's clock) and memcached keeps an entry ttl + 1 real seconds, longer
 * than any contract test runs.
 */
public final class RealStores {

    /**
     * The contract runners use a generous memcached operation timeout: they check semantics, and
     * a 50 ms timeout (the default) on a loaded 2-core machine would turn an occasional slow reply
     * into a cache miss, which a contract counting computations reads as a failure. The fault
     * tests use the default.
     */
    static final String CONTRACT_MEMCACHED_OPTIONS = "?opTimeoutMs=1000";

    private static final Set<Path> TEMP_DIRS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TEMP_DIRS.forEach(RealStores::deleteTree),
                "file-store-cleanup"));
    }

    private RealStores() {
    }

    /** An etcd store on the shared server, in a namespace no other test uses. */
    public static PersistentStore etcd() {
        return PersistentStore.open(SharedServers.freshEtcdUri("contract"));
    }

    /** A memcached store on the shared server, after dropping everything it held. */
    public static VolatileStore flushedMemcached() {
        SharedServers.memcached().flushAll();
        return VolatileStore.open(SharedServers.memcached().uri() + CONTRACT_MEMCACHED_OPTIONS);
    }

    /** A file store ({@code file:<dir>}) in a new, empty temp directory. */
    public static PersistentStore file() {
        try {
            Path dir = Files.createTempDirectory("hybriddal-filestore-");
            TEMP_DIRS.add(dir);
            return PersistentStore.open("file:" + dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a file-store directory", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
