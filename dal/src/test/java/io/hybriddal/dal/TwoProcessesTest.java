package io.hybriddal.dal;

import static io.hybriddal.dal.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two Dals on one store instance play two processes: near-cache coherence and the change feed. */
class TwoProcessesTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final MemoryVolatileStore cache = new MemoryVolatileStore();
    private final Dal first = dal();
    private final Dal second = dal();

    private Dal dal() {
        return Dal.builder().persistentStore(store).volatileStore(cache).register(Pool.class, Volume.class).build();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
        store.close();
    }

    @Test
    void nearCache_servesAnotherDalsCommit_afterTheWatchDeliversIt() {
        Pool pool = first.create(Pool.class);
        pool.setName("a");
        pool.save();
        assertThat(second.get(Pool.class, pool.getGuid()).getName()).isEqualTo("a"); // now cached in the second Dal
        pool.setName("b");
        pool.save();
        eventually(() -> second.get(Pool.class, pool.getGuid()).getName().equals("b"));
        assertThat(second.get(Pool.class, pool.getGuid()).getName()).isEqualTo("b");
    }

    @Test
    void strongRead_bypassesTheNearCache_rightAfterAnotherDalsCommit() {
        Pool pool = first.create(Pool.class);
        pool.setName("a");
        pool.save();
        second.get(Pool.class, pool.getGuid());
        pool.setName("b");
        pool.save();
        assertThat(second.get(Pool.class, pool.getGuid(), Consistency.STRONG).getName()).isEqualTo("b");
    }

    @Test
    void nearCache_forgetsAnObjectDeletedByAnotherDal() {
        Pool pool = first.create(Pool.class);
        pool.setName("a");
        pool.save();
        second.get(Pool.class, pool.getGuid());
        pool.delete();
        eventually(() -> second.find(Pool.class, pool.getGuid()).isEmpty());
    }

    @Test
    void subscribe_deliversCreatedUpdatedDeleted_withChangedFields_fromAnotherDal() throws InterruptedException {
        BlockingQueue<ChangeEvent<Volume>> events = new LinkedBlockingQueue<>();
        try (Subscription ignored = second.subscribe(Volume.class, events::add)) {
            Volume v = first.create(Volume.class);
            v.setName("v1");
            v.save();
            v.setSize(42);
            v.save();
            v.delete();
            ChangeEvent<Volume> created = events.poll(5, TimeUnit.SECONDS);
            ChangeEvent<Volume> updated = events.poll(5, TimeUnit.SECONDS);
            ChangeEvent<Volume> deleted = events.poll(5, TimeUnit.SECONDS);
            assertThat(List.of(created.type(), updated.type(), deleted.type()))
                    .containsExactly(ChangeType.CREATED, ChangeType.UPDATED, ChangeType.DELETED);
            assertThat(created.guid()).isEqualTo(v.getGuid());
            assertThat(created.newValues()).containsEntry("name", "v1");
            assertThat(updated.changedFields()).containsExactly("size");
            assertThat(updated.oldValues()).containsEntry("size", 0L);
            assertThat(updated.newValues()).containsEntry("size", 42L);
            assertThat(updated.revision()).isGreaterThan(created.revision());
            assertThat(deleted.oldValues()).containsEntry("name", "v1");
        }
    }

    @Test
    void subscription_stopsDelivering_whenClosed() throws InterruptedException {
        BlockingQueue<ChangeEvent<Pool>> events = new LinkedBlockingQueue<>();
        Subscription subscription = second.subscribe(Pool.class, events::add);
        subscription.close();
        Pool pool = first.create(Pool.class);
        pool.setName("a");
        pool.save();
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }
}
