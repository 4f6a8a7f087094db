package io.hybriddal.dal.traversal;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Graph;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.support.RecordingPersistentStore;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** A Dal without near cache on recorded memory stores, with sites, hosts and disks; closed after each test. */
abstract class TraversalTestBase {

    final RecordingPersistentStore store = new RecordingPersistentStore(new MemoryPersistentStore());
    final MemoryVolatileStore cache = new MemoryVolatileStore(Clock.systemUTC());
    final Dal dal = Dal.builder().persistentStore(store).volatileStore(cache).nearCacheSize(0)
            .register(TSite.class, THost.class, TDisk.class).build();

    @AfterEach
    final void closeAll() {
        dal.close();
        cache.close();
        store.close();
    }

    TSite site(String name) {
        TSite s = dal.create(TSite.class);
        s.setName(name);
        s.save();
        return s;
    }

    THost host(String name, TSite site) {
        THost h = dal.create(THost.class);
        h.setName(name);
        h.setSite(site);
        h.save();
        return h;
    }

    TDisk disk(String name, THost host) {
        TDisk d = dal.create(TDisk.class);
        d.setName(name);
        d.setHost(host);
        d.save();
        return d;
    }

    /** The names of the graph's nodes, in order. */
    static List<String> names(Graph graph) {
        return graph.nodes().stream().map(TraversalTestBase::name).toList();
    }

    static String name(DataObject o) {
        return (String) o.get("name");
    }
}
