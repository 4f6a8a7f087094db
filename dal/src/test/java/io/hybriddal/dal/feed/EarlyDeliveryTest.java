package io.hybriddal.dal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A store may hand a watch its replayed history before {@code watch} even returns; with a
 * direct executor the listener then runs inside {@code subscribe}. Those changes are delivered
 * like any other, and the subscription works on.
 */
class EarlyDeliveryTest {

    /** Returns from {@code watch} only once the listener has taken its first changes. */
    private static final class EagerStore extends ForwardingPersistentStore {
        EagerStore(MemoryPersistentStore delegate) {
            super(delegate);
        }

        @Override
        public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
            if (!prefix.equals("o/volume/")) {
                return super.watch(prefix, afterRevision, listener);
            }
            CountDownLatch first = new CountDownLatch(1);
            StoreWatch watch = super.watch(prefix, afterRevision, new WatchListener() {
                @Override
                public void onChanges(List<KeyChange> changes) {
                    listener.onChanges(changes);
                    first.countDown();
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
            try {
                assertThat(first.await(FeedRecorder.WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return watch;
        }
    }

    @Test
    void changesHandedOverBeforeSubscribeReturns_areDelivered_andSoAreLaterOnes() {
        MemoryPersistentStore memory = new MemoryPersistentStore();
        try (Dal dal = Dal.builder().persistentStore(new EagerStore(memory)).register(Pool.class, Volume.class).build()) {
            Pool pool = dal.create(Pool.class);
            pool.setName("before");
            pool.save();
            long start = memory.currentRevision();
            Volume v = dal.create(Volume.class);
            v.setName("first");
            v.save();
            FeedRecorder<Volume> recorder = new FeedRecorder<>();
            try (Subscription ignored = dal.subscribe(Volume.class, recorder, FeedOptions.fromRevision(start).executor(Runnable::run))) {
                v.setName("second");
                v.save();

                assertThat(recorder.eventsThrough(memory.currentRevision())).extracting(ChangeEvent::newValues)
                        .extracting(values -> values.get("name")).containsExactly("first", "second");
            }
        } finally {
            memory.close();
        }
    }
}
