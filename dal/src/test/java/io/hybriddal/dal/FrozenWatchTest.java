package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Note;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The near cache stops serving once its watch has been silent past the bound (DESIGN.md
 * "Reliability"), as when its etcd member is frozen: here a store whose watch can be frozen,
 * delivering nothing and answering no progress request, while its reads still work.
 */
class FrozenWatchTest {

    /** A memory store whose watches go silent while {@link #frozen}. */
    static final class FreezableStore extends ForwardingPersistentStore {
        volatile boolean frozen;

        FreezableStore(MemoryPersistentStore delegate) {
            super(delegate);
        }

        @Override
        public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
            StoreWatch inner = super.watch(prefix, afterRevision, new WatchListener() {
                @Override
                public void onChanges(List<KeyChange> changes) {
                    if (!frozen) {
                        listener.onChanges(changes);
                    }
                }

                @Override
                public void onCompacted(long compactRevision) {
                    listener.onCompacted(compactRevision);
                }

                @Override
                public void onError(Throwable error) {
                    listener.onError(error);
                }
            });
            return new StoreWatch() {
                @Override
                public boolean requestProgress() {
                    if (!frozen) {
                        listener.onProgress(currentRevision());
                    }
                    return true;
                }

                @Override
                public void close() {
                    inner.close();
                }
            };
        }
    }

    @Test
    void aDalWhoseWatchFreezes_readsTheStoreOnceTheBoundHasPassed_insteadOfItsCachedDocument() {
        MemoryPersistentStore memory = new MemoryPersistentStore();
        FreezableStore store = new FreezableStore(memory);
        try (Dal reader = Dal.builder().persistentStore(store).nearCacheStaleAfter(Duration.ofMillis(200)).register(Note.class).build();
             Dal writer = Dal.builder().persistentStore(memory).register(Note.class).build()) {
            Note note = writer.create(Note.class);
            note.setTitle("old");
            note.save();
            assertThat(reader.get(Note.class, note.getGuid()).getTitle()).isEqualTo("old");

            store.frozen = true;
            note.setTitle("new");
            note.save();
            assertThat(reader.get(Note.class, note.getGuid()).getTitle()).as("served by the near cache, the watch being frozen").isEqualTo("old");

            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (reader.get(Note.class, note.getGuid()).getTitle().equals("old") && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            }
            assertThat(reader.get(Note.class, note.getGuid()).getTitle()).as("read once the bound (200 ms) passed").isEqualTo("new");
        }
    }
}
