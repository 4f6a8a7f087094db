package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.support.RecordingPersistentStore;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

/** A Dal on memory stores, the persistent one recorded, with the query test model, closed after each test. */
abstract class QueryTestBase {

    final RecordingPersistentStore store = new RecordingPersistentStore(new MemoryPersistentStore());
    final MemoryVolatileStore cache = new MemoryVolatileStore(Clock.systemUTC());
    final Dal dal = Dal.builder().persistentStore(store).volatileStore(cache)
            .register(QDisk.class, QPool.class, QSite.class).build();

    @AfterEach
    final void closeAll() {
        dal.close();
        cache.close();
        store.close();
    }

    HybridModel model(Class<?> type) {
        return ((DalEngine) dal).registry().require(type);
    }

    QDisk disk(String name, long size) {
        QDisk d = dal.create(QDisk.class);
        d.setName(name);
        d.setSize(size);
        d.save();
        return d;
    }

    QPool pool(String name, QSite site) {
        QPool p = dal.create(QPool.class);
        p.setName(name);
        p.setSite(site);
        p.save();
        return p;
    }

    QSite site(String name) {
        QSite s = dal.create(QSite.class);
        s.setName(name);
        s.save();
        return s;
    }
}
