package io.hybriddal.integration;

import io.hybriddal.acceptance.IdentityContract;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;

/** {@link IdentityContract} on the real servers: a fresh etcd namespace and a flushed memcached per test. */
class EtcdMemcachedIdentityTest extends IdentityContract {
    @Override protected PersistentStore newPersistentStore() { return RealStores.etcd(); }
    @Override protected VolatileStore newVolatileStore(Clock clock) { return RealStores.flushedMemcached(); }
}
