package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ClosedDalTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(IllegalStateException.class).hasMessage("this Dal is closed");
    }

    private Pool savedPool(String name) {
        Pool pool = dal.create(Pool.class);
        pool.setName(name);
        pool.save();
        return pool;
    }

    @Test
    void everyDalMethod_throwsIllegalState_afterClose() {
        String guid = savedPool("p").getGuid();
        dal.close();
        refused(() -> dal.create(Pool.class));
        refused(() -> dal.create(Pool.class, "g"));
        refused(() -> dal.create("pool"));
        refused(() -> dal.create("pool", "g"));
        refused(() -> dal.get(Pool.class, guid));
        refused(() -> dal.get(Pool.class, guid, Consistency.STRONG));
        refused(() -> dal.get("pool", guid));
        refused(() -> dal.get("pool", guid, Consistency.STRONG));
        refused(() -> dal.find(Pool.class, guid));
        refused(() -> dal.find("pool", guid));
        refused(() -> dal.list(Pool.class, List.of(guid)));
        refused(() -> dal.list("pool", List.of(guid)));
        refused(() -> dal.query(Pool.class));
        refused(() -> dal.query("pool"));
        refused(() -> dal.inTransaction(() -> { }));
        refused(() -> dal.inTransaction(() -> 1));
        refused(() -> dal.subscribe(Pool.class, event -> { }));
        refused(dal::model);
        refused(dal::admin);
    }

    @Test
    void closingTwice_isAllowed() {
        dal.close();
        dal.close();
    }

    @Test
    void instancesOfAClosedDal_cannotBeSavedOrDeleted_andTheStoreIsUntouched() {
        Pool saved = savedPool("p");
        Pool fresh = dal.create(Pool.class);
        fresh.setName("q");
        saved.setName("renamed");
        dal.close();
        long before = store.currentRevision();
        refused(fresh::save);
        refused(saved::save);
        refused(saved::saveRecursive);
        refused(saved::delete);
        refused(() -> saved.delete("*"));
        assertThat(store.currentRevision()).isEqualTo(before);
    }

    @Test
    void aQueryBuiltBeforeClose_refusesToRunAfterIt() {
        savedPool("p");
        Query<Pool> query = dal.query(Pool.class).where(Filter.eq("name", "p"));
        dal.close();
        refused(query::list);
        refused(query::count);
        refused(query::guids);
    }

    @Test
    void aTransactionWhoseDalClosesMeanwhile_writesNothing() {
        long before = store.currentRevision();
        refused(() -> dal.inTransaction(() -> {
            Pool pool = dal.create(Pool.class);
            pool.setName("late");
            pool.save();
            dal.close();
        }));
        assertThat(store.currentRevision()).isEqualTo(before);
    }

    @Test
    void anAdminViewTakenBeforeClose_refusesToReadAfterIt() {
        Dal dal = Dal.builder().register(Pool.class, Volume.class).build();
        DalAdmin admin = dal.admin();
        dal.close();
        assertThatThrownBy(() -> admin.count("pool")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> admin.checkConsistency(1)).isInstanceOf(IllegalStateException.class);
    }
}
