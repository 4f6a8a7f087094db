package io.hybriddal.dal.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link StoreWatch#caughtUp()} of an in-process store's watch: true only when nothing
 * committed so far is still to be delivered to it. The hub's deliveries run one after the other
 * on one thread, so a watch registered last receiving a commit proves the ones before it
 * finished theirs.
 */
class WatchHubCaughtUpTest {

    private final WatchHub hub = new WatchHub(10, new ReentrantLock());
    private final Object origin = new Object();
    private final Held held = new Held();

    @AfterEach
    void closeHub() {
        held.release.countDown();
        hub.closeAll();
    }

    @Test
    void caughtUp_isFalseWhileACommitsDeliveryIsPending_andTrueOnceItsListenerReturned() throws Exception {
        StoreWatch watch = hub.register("p/", 0, () -> 0, held);
        Last last = new Last();
        hub.register("", 0, () -> 0, last);
        assertThat(watch.caughtUp()).as("nothing committed yet").isTrue();

        hub.publish(1, List.of(change("p/1", 1)));
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.caughtUp()).as("its listener still holds the delivery").isFalse();

        held.release.countDown();
        assertThat(last.delivered.await(10, TimeUnit.SECONDS)).as("the next watch's delivery ran").isTrue();
        assertThat(watch.caughtUp()).isTrue();
    }

    @Test
    void caughtUp_isTrue_whenTheOnlyPendingCommitsAreOutsideItsPrefixOrLeftOutAsItsOwn() throws Exception {
        hub.register("", 0, () -> 0, held); // holds the delivery thread
        StoreWatch watch = hub.register("p/", 0, () -> 0, origin, new Last());
        hub.publish(1, List.of(change("q/1", 1)));
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();

        hub.publish(2, List.of(change("p/2", 2)), origin);

        assertThat(watch.caughtUp()).as("nothing of commit 1 under p/, commit 2 its client's own").isTrue();
        hub.publish(3, List.of(change("p/3", 3)));
        assertThat(watch.caughtUp()).as("commit 3 queued behind the held delivery").isFalse();
    }

    @Test
    void caughtUp_isFalse_untilTheHistoryReplayedAtRegisterWasDelivered() throws Exception {
        hub.publish(1, List.of(change("p/1", 1)));
        hub.publish(2, List.of(change("p/2", 2)));
        hub.register("q/", 2, () -> 2, held);
        hub.publish(3, List.of(change("q/3", 3)));
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();

        StoreWatch watch = hub.register("p/", 1, () -> 3, new Last()); // replays commit 2 behind the held delivery
        assertThat(watch.caughtUp()).isFalse();

        held.release.countDown();
        Last last = new Last();
        hub.register("r/", 3, () -> 3, last);
        hub.publish(4, List.of(change("r/4", 4)));
        assertThat(last.delivered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.caughtUp()).isTrue();
    }

    @Test
    void caughtUp_isFalse_whileTheStoreAppliesACommitItHasNotPublished() {
        StoreWatch watch = hub.register("p/", 0, () -> 0, new Last());
        hub.applying();
        assertThat(watch.caughtUp()).as("a read without the lock may already see the commit's writes").isFalse();
        hub.publish(1, List.of(change("q/1", 1)));
        assertThat(watch.caughtUp()).isTrue();
    }

    @Test
    void caughtUp_isFalse_onceClosed() {
        StoreWatch watch = hub.register("p/", 0, () -> 0, new Last());
        watch.close();
        assertThat(watch.caughtUp()).isFalse();
    }

    private static KeyChange change(String key, long revision) {
        return new KeyChange(key, new byte[] {1}, null, revision);
    }

    /** Holds its first delivery until released. */
    private static final class Held extends Last {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void onChanges(List<KeyChange> changes) {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static class Last implements WatchListener {
        final CountDownLatch delivered = new CountDownLatch(1);

        @Override
        public void onChanges(List<KeyChange> changes) {
            delivered.countDown();
        }

        @Override
        public void onCompacted(long compactRevision) {
        }

        @Override
        public void onError(Throwable error) {
        }
    }
}
