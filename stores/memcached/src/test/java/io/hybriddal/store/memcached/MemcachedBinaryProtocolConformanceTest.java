package io.hybriddal.store.memcached;

/**
 * The conformance kit over memcached's binary protocol: the one SASL authentication needs, with
 * its own create-on-miss {@code incr} and multi-get commands in Xmemcached.
 */
class MemcachedBinaryProtocolConformanceTest extends MemcachedVolatileStoreConformanceTest {

    @Override
    protected String query() {
        return "?opTimeoutMs=1000&protocol=binary";
    }
}
