package io.hybriddal.dal;

import static io.hybriddal.dal.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import io.hybriddal.dal.spi.support.RecordingPersistentStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The local copy of query results and backref members (DESIGN.md Semantics 3 and 7): a repeated
 * query or backref reads nothing from the store, this Dal's own commits show at once, another
 * Dal's after its watch delivered them, and nothing is served from the copy while the watch is
 * interrupted. Two Dals on one memory store play two processes.
 */
class LocalResultsTest {

    private final MemoryPersistentStore memory = new MemoryPersistentStore();
    private final MemoryVolatileStore cache = new MemoryVolatileStore();
    private final Map<String, WatchListener> watchers = new ConcurrentHashMap<>();
    private final RecordingPersistentStore store = RecordingPersistentStore.countingOnly(new ForwardingPersistentStore(memory) {
        @Override
        public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
            watchers.put(prefix, listener); // the test interrupts the watches of the first Dal
            return super.watch(prefix, afterRevision, listener);
        }
    });
    private final Dal first = Dal.builder().persistentStore(store).volatileStore(cache).register(Pool.class, Volume.class).build();
    private final Dal second = Dal.builder().persistentStore(memory).volatileStore(cache).register(Pool.class, Volume.class).build();

    @AfterEach
    void close() {
        first.close();
        second.close();
        memory.close();
    }

    private static Volume volume(Dal dal, String name, long size, Pool pool) {
        Volume v = dal.create(Volume.class);
        v.setName(name);
        v.setSize(size);
        v.setPool(pool);
        v.save();
        return v;
    }

    private static Pool pool(Dal dal, String name) {
        Pool p = dal.create(Pool.class);
        p.setName(name);
        p.save();
        return p;
    }

    private static List<String> names(DataList<Volume> volumes) {
        return volumes.stream().map(Volume::getName).sorted().toList();
    }

    private List<String> sizeSeven(Dal dal) {
        return names(dal.query(Volume.class).where(Filter.eq("size", 7L)).list());
    }

    @Test
    void repeatedQuery_readsNothingFromTheStore_whileItsGenerationsAreUnchanged() {
        volume(first, "a", 7, null);
        assertThat(sizeSeven(first)).containsExactly("a");
        store.reset();
        assertThat(sizeSeven(first)).containsExactly("a");
        assertThat(store.roundTrips()).as("store calls of a repeated query: %s", store.counts()).isZero();
    }

    @Test
    void query_showsOwnCommit_atOnce() {
        volume(first, "a", 7, null);
        assertThat(sizeSeven(first)).containsExactly("a");
        volume(first, "b", 7, null);
        assertThat(sizeSeven(first)).containsExactly("a", "b");
    }

    @Test
    void query_showsAnotherDalsCommit_afterTheWatchDeliveredIt() {
        volume(first, "a", 7, null);
        assertThat(sizeSeven(first)).containsExactly("a");
        volume(second, "b", 7, null);
        eventually(() -> sizeSeven(first).size() == 2);
        assertThat(sizeSeven(first)).containsExactly("a", "b");
    }

    @Test
    void query_keepsItsCopy_whenAnotherFieldChanges() {
        Volume a = volume(first, "a", 7, null);
        assertThat(sizeSeven(first)).containsExactly("a");
        a.setName("renamed"); // the query reads size only
        a.save();
        store.reset();
        assertThat(sizeSeven(first)).containsExactly("renamed");
        assertThat(store.roundTrips()).as("store calls after a save of a field the query does not read: %s", store.counts()).isZero();
    }

    @Test
    void query_servesNothingFromItsCopy_whileTheWatchIsInterrupted() {
        volume(first, "a", 7, null);
        assertThat(sizeSeven(first)).containsExactly("a");
        watchers.get("g/").onInterrupted(new IllegalStateException("cut off"));
        store.reset();
        assertThat(sizeSeven(first)).containsExactly("a");
        assertThat(store.roundTrips()).as("the store is asked while the watch is down").isPositive();
    }

    @Test
    void query_servesNothingFromItsCopy_whileTheNearCachesWatchIsInterrupted() {
        volume(first, "a", 7, null);
        assertThat(sizeSeven(first)).containsExactly("a");
        watchers.get("o/").onInterrupted(new IllegalStateException("cut off"));
        store.reset();
        assertThat(sizeSeven(first)).containsExactly("a");
        assertThat(store.count("getAll")).as("the generations are read while the near cache does not serve").isPositive();
    }

    @Test
    void backref_readsNothingFromTheStore_whenRepeated_andShowsOwnCommitsAtOnce() {
        Pool pool = pool(first, "p");
        volume(first, "a", 1, pool);
        assertThat(names(first.get(Pool.class, pool.getGuid()).getVolumes())).containsExactly("a");
        store.reset();
        assertThat(names(first.get(Pool.class, pool.getGuid()).getVolumes())).containsExactly("a");
        assertThat(store.roundTrips()).as("store calls of a repeated backref: %s", store.counts()).isZero();
        Volume b = volume(first, "b", 1, pool);
        assertThat(names(first.get(Pool.class, pool.getGuid()).getVolumes())).containsExactly("a", "b");
        b.setPool(null);
        b.save();
        assertThat(names(first.get(Pool.class, pool.getGuid()).getVolumes())).containsExactly("a");
    }

    @Test
    void backref_showsAnotherDalsCommit_afterTheWatchDeliveredIt() {
        Pool pool = pool(first, "p");
        volume(first, "a", 1, pool);
        assertThat(names(first.get(Pool.class, pool.getGuid()).getVolumes())).containsExactly("a");
        volume(second, "b", 1, second.get(Pool.class, pool.getGuid()));
        eventually(() -> first.get(Pool.class, pool.getGuid()).getVolumes().size() == 2);
        assertThat(names(first.get(Pool.class, pool.getGuid()).getVolumes())).containsExactly("a", "b");
    }
}
