package io.hybriddal.dal;

import static io.hybriddal.dal.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.ReadConsistency;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A watched commit with a key the near cache cannot read (written by something else than a Dal)
 * must not leave the other objects of that commit stale: the near cache clears itself and goes
 * on after the commit, whose changes its watch will not deliver again.
 */
class NearCacheUnreadableChangeTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();
    private final Dal other = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();

    @AfterEach
    void close() {
        dal.close();
        other.close();
        store.close();
    }

    @Test
    void anUnreadableKeyInAWatchedCommit_leavesNoObjectOfThatCommitStale() {
        Pool pool = other.create(Pool.class);
        pool.setName("before");
        pool.save();
        eventually(() -> dal.admin().nearCache().orElseThrow().lastRevision() >= store.currentRevision());
        assertThat(dal.get(Pool.class, pool.getGuid()).getName()).isEqualTo("before"); // now cached
        String key = "o/pool/" + pool.getGuid();
        KeyValue stored = store.get(key, ReadConsistency.LINEARIZABLE);
        byte[] renamed = new String(stored.value(), StandardCharsets.UTF_8).replace("\"before\"", "\"after\"")
                .getBytes(StandardCharsets.UTF_8);

        store.commit(Commit.builder()
                .put("o/pool/%F7%BF%BF%BF", "{}".getBytes(StandardCharsets.UTF_8)) // an escape of no code point
                .put(key, renamed).build());
        eventually(() -> dal.admin().nearCache().orElseThrow().lastRevision() >= store.currentRevision());

        assertThat(dal.get(Pool.class, pool.getGuid()).getName()).isEqualTo("after");
    }
}
