package io.hybriddal.dal.internal;

import io.hybriddal.dal.internal.observe.MeteredPersistentStore;
import io.hybriddal.dal.internal.observe.MeteredVolatileStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreUri;
import io.hybriddal.dal.spi.VolatileStore;

/**
 * The stores of a Dal and whether it owns them: stores opened from URIs (or the defaults) are
 * the Dal's to close; store instances handed to the builder stay the caller's. With a meter
 * registry given to the builder, both are wrapped in their metered forms (closing a wrapper
 * closes its store, so ownership is unchanged).
 */
record StoreHandles(PersistentStore persistent, boolean ownsPersistent, VolatileStore volatileStore, boolean ownsVolatile) {

    static StoreHandles open(DalConfig config) {
        boolean ownsPersistent = config.persistentStore() == null;
        PersistentStore persistent = ownsPersistent ? PersistentStore.open(config.persistentUri()) : config.persistentStore();
        try {
            boolean ownsVolatile = config.volatileStore() == null;
            VolatileStore volatileStore = ownsVolatile ? openVolatile(config) : config.volatileStore();
            if (config.metersGiven()) {
                return new StoreHandles(new MeteredPersistentStore(persistent, config.meterRegistry()), ownsPersistent,
                        new MeteredVolatileStore(volatileStore, config.meterRegistry()), ownsVolatile);
            }
            return new StoreHandles(persistent, ownsPersistent, volatileStore, ownsVolatile);
        } catch (RuntimeException e) {
            if (ownsPersistent) {
                persistent.close();
            }
            throw e;
        }
    }

    /** Closes the stores the Dal opened itself. */
    void close() {
        try {
            if (ownsVolatile) {
                volatileStore.close();
            }
        } finally {
            if (ownsPersistent) {
                persistent.close();
            }
        }
    }

    private static VolatileStore openVolatile(DalConfig config) {
        // the default memory cache follows the Dal's clock, so tests drive its TTLs too
        if ("memory".equals(StoreUri.parse(config.volatileUri()).scheme())) {
            return new MemoryVolatileStore(config.clock());
        }
        return VolatileStore.open(config.volatileUri());
    }
}
