package io.hybriddal.dal;

import static io.hybriddal.dal.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import io.hybriddal.dal.spi.support.ForwardingWatchListener;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Dal applies its own commits to its near cache when they return, so the memory store leaves
 * them out of that Dal's watches (no echo to deliver); another Dal's commits still come by the watch.
 */
class OwnCommitsTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    /** The revisions of every batch delivered to the watches the Dal opened for its origin. */
    private final List<Long> delivered = new CopyOnWriteArrayList<>();
    private final Dal dal = Dal.builder().persistentStore(new ForwardingPersistentStore(store) {
        @Override
        public CommitResult commit(Commit commit, Object origin) {
            return delegate().commit(commit, origin);
        }

        @Override
        public StoreWatch watchWithoutPrevious(String prefix, long afterRevision, Object origin, WatchListener listener) {
            return delegate().watchWithoutPrevious(prefix, afterRevision, origin, new ForwardingWatchListener(listener) {
                @Override
                public void onChanges(List<KeyChange> changes) {
                    delivered.add(changes.get(0).revision());
                    super.onChanges(changes);
                }
            });
        }
    }).register(Pool.class, Volume.class).build();
    private final Dal other = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();

    @AfterEach
    void close() {
        dal.close();
        other.close();
    }

    @Test
    void anOwnSave_isServedByTheNearCacheWhenItReturns_andItsEchoIsLeftOutOfTheWatch() {
        Pool pool = dal.create(Pool.class);
        pool.setName("p1");
        pool.save();
        dal.get(Pool.class, pool.getGuid()); // cached
        pool.setName("p2");
        pool.save();
        long saved = store.currentRevision();
        long hits = dal.admin().nearCache().orElseThrow().hits();

        assertThat(dal.get(Pool.class, pool.getGuid()).getName()).isEqualTo("p2");
        assertThat(dal.admin().nearCache().orElseThrow().hits()).isEqualTo(hits + 1);
        assertThat(dal.admin().nearCache().orElseThrow().lastRevision()).isEqualTo(saved);

        long marker = store.commit(Commit.builder().put("o/marker/m", "{}".getBytes(StandardCharsets.UTF_8)).build()).revision();
        eventually(() -> delivered.contains(marker));
        assertThat(delivered).as("only the commit made outside the Dal reached its watches").containsExactly(marker);
    }

    @Test
    void anotherDalsSave_reachesTheNearCacheThroughTheWatch() {
        Pool pool = other.create(Pool.class);
        pool.setName("p1");
        pool.save();
        assertThat(dal.get(Pool.class, pool.getGuid()).getName()).isEqualTo("p1"); // cached in dal's near cache
        pool.setName("p2");
        pool.save();
        long saved = store.currentRevision();

        eventually(() -> delivered.contains(saved));
        assertThat(dal.get(Pool.class, pool.getGuid()).getName()).isEqualTo("p2");
    }
}
