package io.hybriddal.dal;

import static io.hybriddal.dal.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import io.hybriddal.dal.spi.support.ForwardingWatchListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The members' snapshots kept with a local list (a query result, a backref) are reused only
 * while the near cache would answer with the same ones: a change of a member on a field the list
 * does not depend on shows as it does without the copy (own commits at once, another Dal's once
 * the near cache's watch delivered it), a strong read's newer snapshot shows at once, nothing is
 * reused while the near cache's watch is interrupted or inside a transaction, and every list hands
 * out its own instances. The first Dal's watch on object keys can be held to play a slow watch.
 */
class KeptMembersTest {

    private final MemoryPersistentStore memory = new MemoryPersistentStore();
    private final MemoryVolatileStore cache = new MemoryVolatileStore();
    private final Map<String, HeldListener> watchers = new ConcurrentHashMap<>();
    private final Dal first = Dal.builder().persistentStore(new ForwardingPersistentStore(memory) {
        @Override
        public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
            HeldListener held = new HeldListener(listener);
            watchers.put(prefix, held);
            return super.watch(prefix, afterRevision, held);
        }
    }).volatileStore(cache).register(Pool.class, Volume.class).build();
    private final Dal second = Dal.builder().persistentStore(memory).volatileStore(cache).register(Pool.class, Volume.class).build();

    @AfterEach
    void close() {
        first.close();
        second.close();
        memory.close();
    }

    /** Passes deliveries on, or keeps them while held and passes them on, in order, when released. */
    private static final class HeldListener extends ForwardingWatchListener {
        private final List<List<KeyChange>> kept = new ArrayList<>();
        private boolean held;

        HeldListener(WatchListener delegate) {
            super(delegate);
        }

        synchronized void hold() {
            held = true;
        }

        synchronized void release() {
            held = false;
            kept.forEach(delegate()::onChanges);
            kept.clear();
        }

        @Override
        public synchronized void onChanges(List<KeyChange> changes) {
            if (held) {
                kept.add(changes);
            } else {
                super.onChanges(changes);
            }
        }
    }

    private static Volume volume(Dal dal, String name, long size, Pool pool) {
        Volume v = dal.create(Volume.class);
        v.setName(name);
        v.setSize(size);
        v.setPool(pool);
        v.save();
        return v;
    }

    private static void rename(Dal dal, String guid, String name) {
        Volume v = dal.get(Volume.class, guid);
        v.setName(name);
        v.save();
    }

    private static List<String> names(DataList<Volume> volumes) {
        return volumes.stream().map(Volume::getName).sorted().toList();
    }

    /** Queries size 7 (the name is no part of it) twice, so its members' snapshots are kept and reused. */
    private List<String> sizeSeven() {
        names(first.query(Volume.class).where(Filter.eq("size", 7L)).list());
        return names(first.query(Volume.class).where(Filter.eq("size", 7L)).list());
    }

    private List<String> poolMembers(String pool) {
        names(first.get(Pool.class, pool).getVolumes());
        return names(first.get(Pool.class, pool).getVolumes());
    }

    private void holdObjectWatch() {
        watchers.get("o/").hold();
    }

    @Test
    void query_showsOwnRenameOfAMember_atOnce() {
        Volume a = volume(first, "a", 7, null);
        assertThat(sizeSeven()).containsExactly("a");
        holdObjectWatch(); // own commits must not wait for the watch
        rename(first, a.getGuid(), "renamed");
        assertThat(sizeSeven()).containsExactly("renamed");
    }

    @Test
    void query_showsAnotherDalsRenameOfAMember_onceTheWatchDeliveredIt() {
        Volume a = volume(first, "a", 7, null);
        assertThat(sizeSeven()).containsExactly("a");
        holdObjectWatch();
        rename(second, a.getGuid(), "renamed");
        assertThat(sizeSeven()).as("before the watch delivered the rename").containsExactly("a");
        watchers.get("o/").release();
        eventually(() -> sizeSeven().equals(List.of("renamed"))); // the store may still be delivering it
        assertThat(sizeSeven()).containsExactly("renamed");
    }

    @Test
    void query_showsWhatAStrongGetRead_beforeTheWatchDeliveredIt() {
        Volume a = volume(first, "a", 7, null);
        assertThat(sizeSeven()).containsExactly("a");
        holdObjectWatch();
        rename(second, a.getGuid(), "renamed");
        assertThat(first.get(Volume.class, a.getGuid(), Consistency.STRONG).getName()).isEqualTo("renamed");
        assertThat(sizeSeven()).containsExactly("renamed");
    }

    @Test
    void query_reusesNoSnapshot_whileTheNearCachesWatchIsInterrupted() {
        Volume a = volume(first, "a", 7, null);
        assertThat(sizeSeven()).containsExactly("a");
        holdObjectWatch();
        rename(second, a.getGuid(), "renamed");
        watchers.get("o/").onInterrupted(new IllegalStateException("cut off"));
        assertThat(sizeSeven()).containsExactly("renamed");
    }

    @Test
    void query_insideATransaction_showsItsPendingRename() {
        Volume a = volume(first, "a", 7, null);
        assertThat(sizeSeven()).containsExactly("a");
        List<String> inside = first.inTransaction(() -> {
            rename(first, a.getGuid(), "pending");
            return sizeSeven();
        });
        assertThat(inside).containsExactly("pending");
        assertThat(sizeSeven()).containsExactly("pending");
    }

    @Test
    void backref_showsOwnAndAnotherDalsRenameOfAMember_asTheNearCacheDoes() {
        Pool pool = first.create(Pool.class);
        pool.setName("p");
        pool.save();
        Volume a = volume(first, "a", 1, pool);
        Volume b = volume(first, "b", 1, pool);
        assertThat(poolMembers(pool.getGuid())).containsExactly("a", "b");
        holdObjectWatch();
        rename(first, a.getGuid(), "a2");
        assertThat(poolMembers(pool.getGuid())).containsExactly("a2", "b");
        rename(second, b.getGuid(), "b2");
        assertThat(poolMembers(pool.getGuid())).as("before the watch delivered the rename").containsExactly("a2", "b");
        watchers.get("o/").release();
        eventually(() -> poolMembers(pool.getGuid()).equals(List.of("a2", "b2")));
        assertThat(poolMembers(pool.getGuid())).containsExactly("a2", "b2");
    }

    @Test
    void reusedSnapshots_giveEachListItsOwnInstances() {
        volume(first, "a", 7, null);
        assertThat(sizeSeven()).containsExactly("a");
        Volume one = first.query(Volume.class).where(Filter.eq("size", 7L)).list().get(0);
        one.setName("unsaved");
        Volume two = first.query(Volume.class).where(Filter.eq("size", 7L)).list().get(0);
        assertThat(two).isNotSameAs(one);
        assertThat(two.getName()).isEqualTo("a");
    }

    @Test
    void backrefOfAPoolLoadedStrongly_readsTheStore_beforeTheWatchesDeliveredAnotherDalsChanges() {
        Pool pool = first.create(Pool.class);
        pool.setName("p");
        pool.save();
        Volume a = volume(first, "a", 1, pool);
        assertThat(poolMembers(pool.getGuid())).containsExactly("a");
        holdObjectWatch();
        watchers.get("g/").hold();
        volume(second, "b", 1, second.get(Pool.class, pool.getGuid()));
        rename(second, a.getGuid(), "a2");
        assertThat(poolMembers(pool.getGuid())).as("cached: before the watches delivered the changes").containsExactly("a");
        assertThat(names(first.get(Pool.class, pool.getGuid(), Consistency.STRONG).getVolumes()))
                .as("strong: the members and their documents from the store").containsExactly("a2", "b");
    }
}
