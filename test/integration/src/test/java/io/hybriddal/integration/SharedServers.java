package io.hybriddal.integration;

import io.hybriddal.testservers.EtcdProcess;
import io.hybriddal.testservers.MemcachedProcess;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one etcd and the one memcached that every test of this module shares (starting a server per
 * class would cost seconds each). Both start on first use and stop when the JVM exits (a shutdown
 * hook here; the launchers' own reapers are the backstop). Tests isolate themselves with a
 * {@link #freshNamespace fresh etcd namespace} (which also prefixes every memcached key) and by
 * flushing memcached before each contract test.
 *
 * <p>Servers that are not installed skip the calling test (or fail it under
 * {@code HYBRIDDAL_REQUIRE_SERVERS=1}), through {@link io.hybriddal.testservers.ServerBinaries}.
 * Tests that kill a server start their own; nothing may kill these. Thread-safe.
 */
public final class SharedServers {

    private static final AtomicLong NAMESPACES = new AtomicLong();
    private static EtcdProcess etcd;
    private static MemcachedProcess memcached;

    private SharedServers() {
    }

    /** The shared single-member etcd, started on first call. */
    public static synchronized EtcdProcess etcd() {
        if (etcd == null) {
            etcd = EtcdProcess.start();
            stopAtExit(etcd, "etcd");
        }
        return etcd;
    }

    /** The shared memcached, started on first call. */
    public static synchronized MemcachedProcess memcached() {
        if (memcached == null) {
            memcached = MemcachedProcess.start();
            stopAtExit(memcached, "memcached");
        }
        return memcached;
    }

    /** An etcd namespace no other test of this JVM uses: {@code <prefix>-<n>-<nanotime>}. */
    public static String freshNamespace(String prefix) {
        return prefix + "-" + NAMESPACES.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
    }

    /** A store URI on the shared etcd for a fresh namespace. */
    public static String freshEtcdUri(String prefix) {
        return etcd().uri(freshNamespace(prefix));
    }

    private static void stopAtExit(AutoCloseable server, String name) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("stopping the shared " + name + " failed: " + e);
            }
        }, "shared-" + name + "-stop"));
    }
}
