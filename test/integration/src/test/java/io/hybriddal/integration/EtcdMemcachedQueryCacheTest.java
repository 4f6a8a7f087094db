package io.hybriddal.integration;

import io.hybriddal.acceptance.QueryCacheContract;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;

/** {@link QueryCacheContract} on the real servers: a fresh etcd namespace and a flushed memcached per test. */
@NotOnThisStore(test = "anIndexedEqualityOverManyObjects_readsOnlyIndexPagesAndOneMultiGet",
        reason = "its setup saves 5,000 objects in ONE inTransaction (15,006 operations); etcd refuses transactions over"
                + " --max-txn-ops (128 by default) and the etcd store rejects it up front with a StoreException, as"
                + " designed. What it checks (index pages plus one multi-get) would hold on etcd with a setup in batches.")
class EtcdMemcachedQueryCacheTest extends QueryCacheContract {
    @Override protected PersistentStore newPersistentStore() { return RealStores.etcd(); }
    @Override protected VolatileStore newVolatileStore(Clock clock) { return RealStores.flushedMemcached(); }
}
