package io.hybriddal.integration;

import io.hybriddal.acceptance.ValidationContract;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;

/** {@link ValidationContract} on the real servers: a fresh etcd namespace and a flushed memcached per test. */
class EtcdMemcachedValidationTest extends ValidationContract {
    @Override protected PersistentStore newPersistentStore() { return RealStores.etcd(); }
    @Override protected VolatileStore newVolatileStore(Clock clock) { return RealStores.flushedMemcached(); }
}
