package io.hybriddal.store.memcached;

import io.hybriddal.conformance.VolatileStoreContract;
import io.hybriddal.dal.spi.VolatileStore;
import io.hybriddal.testservers.MemcachedProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The volatile-store conformance kit against one real memcached (text protocol), flushed before
 * each test. memcached's clock cannot be moved, so the kit's TTL-expiry tests are skipped.
 */
class MemcachedVolatileStoreConformanceTest extends VolatileStoreContract {

    private static MemcachedProcess server;

    @BeforeAll
    static void startServer() {
        server = MemcachedProcess.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * Extra URI parameters. The kit checks semantics, not latency: a generous timeout keeps a
     * busy shared machine from turning a slow answer into a failed add or incr.
     */
    protected String query() {
        return "?opTimeoutMs=1000";
    }

    @Override
    protected VolatileStore openStore() {
        server.flushAll();
        return VolatileStore.open(server.uri() + query());
    }
}
