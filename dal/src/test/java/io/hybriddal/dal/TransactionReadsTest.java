package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Inside {@code inTransaction}, reads on the transaction's thread see its own pending writes. */
class TransactionReadsTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();

    @AfterEach
    void close() {
        dal.close();
    }

    private Pool pool(String name) {
        Pool pool = dal.create(Pool.class);
        pool.setName(name);
        return pool;
    }

    private Volume volume(String name, long size, Pool pool) {
        Volume volume = dal.create(Volume.class);
        volume.setName(name);
        volume.setSize(size);
        volume.setPool(pool);
        return volume;
    }

    private Volume saved(Volume volume) {
        volume.save();
        return volume;
    }

    @Test
    void getFindAndList_seeAnObjectSavedInTheTransaction_withItsPendingValues() {
        Volume stored = saved(volume("v", 1, null));
        Volume created = volume("new", 2, null);
        dal.inTransaction(() -> {
            stored.setSize(10);
            stored.save();
            created.save();
            assertThat(dal.get(Volume.class, stored.getGuid()).getSize()).isEqualTo(10);
            assertThat(dal.find(Volume.class, created.getGuid())).get().extracting(Volume::getName).isEqualTo("new");
            assertThat(dal.list(Volume.class, List.of(created.getGuid(), stored.getGuid())))
                    .extracting(Volume::getSize).containsExactly(2L, 10L);
            assertThat(dal.get(Volume.class, stored.getGuid(), Consistency.STRONG).getSize()).isEqualTo(10);
        });
        assertThat(dal.get(Volume.class, stored.getGuid()).getSize()).isEqualTo(10);
    }

    @Test
    void getFindAndList_doNotFindAnObjectDeletedInTheTransaction() {
        Volume gone = saved(volume("gone", 1, null));
        Volume kept = saved(volume("kept", 1, null));
        dal.inTransaction(() -> {
            gone.delete();
            assertThat(dal.find(Volume.class, gone.getGuid())).isEmpty();
            assertThatThrownBy(() -> dal.get(Volume.class, gone.getGuid())).isInstanceOf(ObjectNotFoundException.class);
            assertThat(dal.list(Volume.class, List.of(gone.getGuid(), kept.getGuid()))).containsExactly(kept);
        });
    }

    @Test
    void anotherThread_doesNotSeeTheTransactionsPendingWrites() throws Exception {
        Volume created = volume("new", 2, null);
        dal.inTransaction(() -> {
            created.save();
            Thread other = new Thread(() -> assertThat(dal.find(Volume.class, created.getGuid())).isEmpty());
            boolean[] seen = new boolean[1];
            other.setUncaughtExceptionHandler((t, e) -> seen[0] = true);
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(seen[0]).as("the other thread saw the pending create").isFalse();
        });
    }

    @Test
    void anObjectSavedInTheTransaction_staysNew_untilItCommits() {
        Volume created = volume("new", 2, null);
        dal.inTransaction(() -> {
            created.save();
            assertThat(created.isNew()).isTrue();
            assertThat(dal.get(Volume.class, created.getGuid()).isNew()).isTrue();
            assertThat(created.version()).isZero();
        });
        assertThat(created.isNew()).isFalse();
        assertThat(created.version()).isEqualTo(1);
    }

    @Test
    void aQuery_includesPendingCreatesAndUpdates_andExcludesPendingDeletesAndUpdatesAway() {
        Volume small = saved(volume("small", 1, null));
        Volume grows = saved(volume("grows", 1, null));
        Volume shrinks = saved(volume("shrinks", 9, null));
        Volume gone = saved(volume("gone", 9, null));
        assertThat(dal.query(Volume.class).where(Filter.ge("size", 5)).guids()).hasSize(2); // cached outside the transaction
        Volume created = volume("created", 7, null);
        dal.inTransaction(() -> {
            grows.setSize(8);
            grows.save();
            shrinks.setSize(2);
            shrinks.save();
            gone.delete();
            created.save();
            Query<Volume> big = dal.query(Volume.class).where(Filter.ge("size", 5)).orderBy("name");
            assertThat(big.list()).extracting(Volume::getName).containsExactly("created", "grows");
            assertThat(big.list().fromCache()).isFalse();
            assertThat(big.count()).isEqualTo(2);
            assertThat(dal.query(Volume.class).where(Filter.eq("size", 1)).guids()).containsExactly(small.getGuid());
        });
        assertThat(dal.query(Volume.class).where(Filter.ge("size", 5)).orderBy("name").list())
                .extracting(Volume::getName).containsExactly("created", "grows");
    }

    @Test
    void aQueryThroughARelation_seesTheRenamedTargetAndTheNewLink() {
        Pool pool = pool("a");
        pool.save();
        Volume linked = saved(volume("linked", 1, pool));
        Volume moved = saved(volume("moved", 1, null));
        dal.inTransaction(() -> {
            pool.setName("b");
            pool.save();
            moved.setPool(pool);
            moved.save();
            assertThat(dal.query(Volume.class).where(Filter.eq("pool.name", "b")).orderBy("name").list())
                    .containsExactly(linked, moved);
            assertThat(dal.query(Volume.class).where(Filter.eq("pool.name", "a")).list()).isEmpty();
        });
    }

    @Test
    void backrefs_listChildrenSavedInTheTransaction_notThoseDeletedOrMovedAway() {
        Pool pool = pool("p");
        Pool other = pool("other");
        pool.save();
        other.save();
        Volume stays = saved(volume("stays", 1, pool));
        Volume deleted = saved(volume("deleted", 1, pool));
        Volume movedAway = saved(volume("moved", 1, pool));
        Volume added = volume("added", 1, pool);
        dal.inTransaction(() -> {
            deleted.delete();
            movedAway.setPool(other);
            movedAway.save();
            added.save();
            assertThat(pool.getVolumes()).containsExactlyInAnyOrder(stays, added);
            assertThat(other.getVolumes()).containsExactly(movedAway);
            assertThat(dal.get(Pool.class, pool.getGuid()).getVolumes().guids())
                    .containsExactlyInAnyOrder(stays.getGuid(), added.getGuid());
        });
    }

    @Test
    void aParentCreatedInTheTransaction_listsItsChildrenSavedWithIt() {
        Pool pool = pool("p");
        Volume child = volume("child", 1, pool);
        dal.inTransaction(() -> {
            pool.save();
            child.save();
            assertThat(pool.getVolumes()).containsExactly(child);
            assertThat(dal.get(Volume.class, child.getGuid()).getPool()).isEqualTo(pool);
        });
    }

    @Test
    void deletingTheChildrenThenTheParent_inOneTransaction_succeeds() {
        Pool pool = pool("p");
        Pool other = pool("other");
        pool.save();
        other.save();
        Volume a = saved(volume("a", 1, pool));
        Volume b = saved(volume("b", 1, pool));
        dal.inTransaction(() -> {
            a.delete();
            b.setPool(other);
            b.save();
            pool.delete();
        });
        assertThat(dal.find(Pool.class, pool.getGuid())).isEmpty();
        assertThat(dal.find(Volume.class, a.getGuid())).isEmpty();
        assertThat(dal.get(Volume.class, b.getGuid()).getPool()).isEqualTo(other);
    }

    @Test
    void abandoningAllBackrefs_doesNotBringBackChildrenTheTransactionDeleted() {
        Pool pool = pool("p");
        pool.save();
        Volume deleted = saved(volume("deleted", 1, pool));
        Volume unlinked = saved(volume("unlinked", 1, pool));
        dal.inTransaction(() -> {
            deleted.delete();
            pool.delete("*");
        });
        assertThat(dal.find(Volume.class, deleted.getGuid())).isEmpty();
        assertThat(dal.get(Volume.class, unlinked.getGuid()).getPool()).isNull();
        assertThat(dal.find(Pool.class, pool.getGuid())).isEmpty();
    }

    @Test
    void theParentsDelete_isStillRefused_whenAChildStaysLinked() {
        Pool pool = pool("p");
        pool.save();
        Volume deleted = saved(volume("deleted", 1, pool));
        saved(volume("stays", 1, pool));
        long before = store.currentRevision();
        assertThatThrownBy(() -> dal.inTransaction(() -> {
            deleted.delete();
            pool.delete();
        })).isInstanceOf(LinkedObjectException.class).hasMessageContaining("1 object");
        assertThat(store.currentRevision()).isEqualTo(before);
    }

    @Test
    void readsInsideATransaction_returnTheSavedInstanceItself_soItsCommitReachesEveryHolder() {
        Volume created = volume("new", 2, null);
        dal.inTransaction(() -> {
            created.save();
            Volume read = dal.get(Volume.class, created.getGuid());
            assertThat(read).isSameAs(created);
            read.setSize(5);
            read.save();
        });
        assertThat(created.isNew()).isFalse();
        created.setName("renamed");
        created.save();
        Volume stored = dal.get(Volume.class, created.getGuid(), Consistency.STRONG);
        assertThat(stored.getName()).isEqualTo("renamed");
        assertThat(stored.getSize()).isEqualTo(5);
    }

    @Test
    void savingASecondInstanceOfOneObject_inOneTransaction_isRefused_andTheFirstSaveStays() {
        Volume stored = saved(volume("v", 1, null));
        Volume other = dal.get(Volume.class, stored.getGuid(), Consistency.STRONG);
        dal.inTransaction(() -> {
            stored.setName("first");
            stored.save();
            other.setSize(9);
            assertThatThrownBy(other::save).isInstanceOf(IllegalStateException.class).hasMessageContaining("second instance");
        });
        Volume after = dal.get(Volume.class, stored.getGuid(), Consistency.STRONG);
        assertThat(after.getName()).isEqualTo("first");
        assertThat(after.getSize()).isEqualTo(1);
    }

    @Test
    void abandoningAChildTheTransactionAlsoSaves_isRefused_andNothingChanges() {
        Pool pool = pool("p");
        pool.save();
        Volume child = saved(volume("v", 1, pool));
        assertThatThrownBy(() -> dal.inTransaction(() -> {
            child.setName("renamed");
            child.save();
            pool.delete("*");
        })).isInstanceOf(LinkedObjectException.class).hasMessageContaining("also saves volume " + child.getGuid());
        Volume stored = dal.get(Volume.class, child.getGuid(), Consistency.STRONG);
        assertThat(stored.getName()).isEqualTo("v");
        assertThat(stored.getPool()).isEqualTo(pool);
        assertThat(dal.find(Pool.class, pool.getGuid())).isPresent();
    }
}
