package io.hybriddal.integration;

import io.hybriddal.acceptance.DynamicContract;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;

/** {@link DynamicContract} on the real servers: a fresh etcd namespace and a flushed memcached per test. */
class EtcdMemcachedDynamicTest extends DynamicContract {
    @Override protected PersistentStore newPersistentStore() { return RealStores.etcd(); }
    @Override protected VolatileStore newVolatileStore(Clock clock) { return RealStores.flushedMemcached(); }
}
