package io.hybriddal.integration;

import io.hybriddal.acceptance.BackrefContract;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;

/** {@link BackrefContract} on the real servers: a fresh etcd namespace and a flushed memcached per test. */
class EtcdMemcachedBackrefTest extends BackrefContract {
    @Override protected PersistentStore newPersistentStore() { return RealStores.etcd(); }
    @Override protected VolatileStore newVolatileStore(Clock clock) { return RealStores.flushedMemcached(); }
}
