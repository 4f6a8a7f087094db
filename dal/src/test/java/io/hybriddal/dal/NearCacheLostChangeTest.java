package io.hybriddal.dal;

import static io.hybriddal.dal.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A read that raced a change must not be cached after the change's tombstone was evicted from a
 * full near cache: the read started before the near cache applied the change, and the entry lost
 * since is newer than that, so the offer is refused where nothing is held. Without it, the near
 * cache would serve the old document until the object changes again.
 */
class NearCacheLostChangeTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final CountDownLatch readDone = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String holdKey;
    /** A Dal whose near cache holds 16 documents, and whose next read of {@link #holdKey} waits after reading. */
    private final Dal dal = Dal.builder().nearCacheSize(16).persistentStore(new ForwardingPersistentStore(store) {
        @Override
        public KeyValue get(String key, ReadConsistency consistency) {
            KeyValue kv = super.get(key, consistency);
            if (key.equals(holdKey)) {
                holdKey = null;
                readDone.countDown();
                await(release);
            }
            return kv;
        }
    }).register(Pool.class, Volume.class).build();
    private final Dal other = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();

    @AfterEach
    void close() {
        release.countDown();
        dal.close();
        other.close();
        store.close();
    }

    @Test
    void aReadRacingAChange_isNotCached_afterTheChangesTombstoneWasEvicted() throws Exception {
        Pool pool = other.create(Pool.class);
        pool.setName("before");
        pool.save();
        List<Pool> fillers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Pool filler = other.create(Pool.class);
            filler.setName("filler" + i);
            filler.save();
            fillers.add(filler);
        }
        eventually(() -> dal.admin().nearCache().orElseThrow().lastRevision() >= store.currentRevision());
        holdKey = "o/pool/" + pool.getGuid();
        CompletableFuture<Pool> racing = CompletableFuture.supplyAsync(() -> dal.get(Pool.class, pool.getGuid()));
        assertThat(readDone.await(10, TimeUnit.SECONDS)).as("the racing read has read 'before'").isTrue();

        pool.setName("after");
        pool.save();
        eventually(() -> dal.admin().nearCache().orElseThrow().lastRevision() >= store.currentRevision()); // tombstone put
        for (Pool filler : fillers) {
            dal.get(Pool.class, filler.getGuid()); // 64 documents through a 16-entry cache: the tombstone goes
        }
        release.countDown();
        assertThat(racing.get(10, TimeUnit.SECONDS).getName()).as("what it read").isEqualTo("before");

        assertThat(dal.get(Pool.class, pool.getGuid()).getName()).as("read again, not the raced read cached").isEqualTo("after");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
