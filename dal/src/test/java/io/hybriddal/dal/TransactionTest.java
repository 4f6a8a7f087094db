package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransactionTest {

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

    @Test
    void inTransaction_commitsAParentAndItsChild_inOneCommit() {
        long before = store.currentRevision();
        Pool pool = pool("p");
        Volume volume = dal.create(Volume.class);
        volume.setName("v");
        volume.setPool(pool);
        dal.inTransaction(() -> {
            volume.save();
            pool.save();
        });
        assertThat(store.currentRevision()).isEqualTo(before + 1);
        assertThat(pool.getVolumes().guids()).containsExactly(volume.getGuid());
        assertThat(volume.isNew()).isFalse();
    }

    @Test
    void inTransaction_writesNothing_whenTheWorkThrows() {
        long before = store.currentRevision();
        Pool pool = pool("p");
        assertThatThrownBy(() -> dal.inTransaction(() -> {
            pool.save();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.currentRevision()).isEqualTo(before);
        assertThat(pool.isNew()).isTrue();
    }

    @Test
    void inTransaction_writesNothing_whenOneSaveViolatesUniqueness() {
        pool("taken").save();
        long before = store.currentRevision();
        Pool fresh = pool("fresh");
        Pool clash = pool("taken");
        assertThatThrownBy(() -> dal.inTransaction(() -> {
            fresh.save();
            clash.save();
        })).isInstanceOf(UniqueConstraintViolationException.class);
        assertThat(store.currentRevision()).isEqualTo(before);
        assertThat(dal.find(Pool.class, fresh.getGuid())).isEmpty();
    }

    @Test
    void inTransaction_swapsTwoUniqueValues_atomically() {
        Pool a = pool("a");
        Pool b = pool("b");
        a.save();
        b.save();
        dal.inTransaction(() -> {
            a.setName("b");
            b.setName("a");
            a.save();
            b.save();
        });
        assertThat(dal.get(Pool.class, a.getGuid()).getName()).isEqualTo("b");
        assertThat(dal.get(Pool.class, b.getGuid()).getName()).isEqualTo("a");
    }

    @Test
    void inTransaction_refusesTwoNewObjectsClaimingOneUniqueValue() {
        Pool a = pool("same");
        Pool b = pool("same");
        assertThatThrownBy(() -> dal.inTransaction(() -> {
            a.save();
            b.save();
        })).isInstanceOf(UniqueConstraintViolationException.class);
    }

    @Test
    void inTransaction_refusesLinkingToAnObjectItDeletes() {
        Pool pool = pool("p");
        pool.save();
        Volume volume = dal.create(Volume.class);
        volume.setName("v");
        volume.setPool(pool);
        assertThatThrownBy(() -> dal.inTransaction(() -> {
            volume.save();
            pool.delete();
        })).isInstanceOf(ObjectNotFoundException.class).hasMessageContaining("same transaction deletes");
    }

    @Test
    void createWithGuid_keepsTheGuid_andASecondIdenticalImportIsANoOp() {
        Pool first = dal.create(Pool.class, "pool-7");
        first.setName("p7");
        first.save();
        long before = store.currentRevision();
        Pool again = dal.create(Pool.class, "pool-7");
        again.setName("p7");
        again.save();
        assertThat(store.currentRevision()).isEqualTo(before);
        assertThat(dal.get(Pool.class, "pool-7").getName()).isEqualTo("p7");
        assertThat(again.isNew()).isFalse();
    }

    @Test
    void createWithGuid_refusesToOverwriteAnotherObjectWithThatGuid() {
        Pool first = dal.create(Pool.class, "pool-8");
        first.setName("p8");
        first.save();
        Pool clash = dal.create(Pool.class, "pool-8");
        clash.setName("other");
        assertThatThrownBy(clash::save).isInstanceOf(ObjectExistsException.class).hasMessageContaining("pool-8");
        assertThat(dal.get(Pool.class, "pool-8").getName()).isEqualTo("p8");
    }

    @Test
    void nestedTransaction_joinsTheOuterOne() {
        long before = store.currentRevision();
        dal.inTransaction(() -> {
            pool("a").save();
            dal.inTransaction(() -> pool("b").save());
            assertThat(store.currentRevision()).isEqualTo(before);
        });
        assertThat(store.currentRevision()).isEqualTo(before + 1);
    }
}
