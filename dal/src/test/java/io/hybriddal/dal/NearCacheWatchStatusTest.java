package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link NearCacheStatus#watchLive()}: what a health check reads to tell whether the near cache follows the store. */
class NearCacheWatchStatusTest {

    /** The listeners of the near cache's watches: those on the object keys, {@code o/} (the model record has one of its own). */
    private final List<WatchListener> watchers = new CopyOnWriteArrayList<>();
    private final Dal dal = Dal.builder().persistentStore(new ForwardingPersistentStore(new MemoryPersistentStore()) {
        @Override
        public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
            if (prefix.equals("o/")) {
                watchers.add(listener);
            }
            return super.watch(prefix, afterRevision, listener);
        }
    }).build();

    private boolean watchLive() {
        return dal.admin().nearCache().orElseThrow().watchLive();
    }

    @Test
    void watchIsLive_fromTheStart() {
        assertThat(watchers).hasSize(1);
        assertThat(watchLive()).isTrue();
    }

    @Test
    void watchIsNotLive_whileInterrupted() {
        watchers.get(0).onInterrupted(new IllegalStateException("stream broke"));
        assertThat(watchLive()).isFalse();
        watchers.get(0).onResumed();
        assertThat(watchLive()).isTrue();
    }

    @Test
    void watchIsNotLive_afterItFailed_untilItIsWatchingAgain() {
        watchers.get(0).onError(new IllegalStateException("watch cancelled"));
        assertThat(watchLive()).isFalse();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);   // the near cache watches again after 1 s
        while (!watchLive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(watchLive()).isTrue();
        assertThat(watchers).hasSize(2);
    }
}
