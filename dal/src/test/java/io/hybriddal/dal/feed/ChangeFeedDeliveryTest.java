package io.hybriddal.dal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.FeedGap;
import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.Snapshot;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a subscription delivers: off the watch thread, bounded, gaps instead of silent losses. */
class ChangeFeedDeliveryTest {

    private final MemoryPersistentStore memory = new MemoryPersistentStore();
    private final HandOverProbe store = new HandOverProbe(memory, "o/volume/");
    private final MemoryVolatileStore cache = new MemoryVolatileStore();
    private final Dal dal = dal();
    private final Dal writer = dal();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    private Dal dal() {
        return Dal.builder().persistentStore(store).volatileStore(cache).register(Pool.class, Volume.class).build();
    }

    @AfterEach
    void close() {
        release.countDown();
        subscriptions.forEach(Subscription::close);
        dal.close();
        writer.close();
        memory.close();
    }

    private Subscription subscribe(FeedRecorder<Volume> recorder, FeedOptions options) {
        Subscription s = dal.subscribe(Volume.class, recorder, options.onGap(recorder.gaps()));
        subscriptions.add(s);
        return s;
    }

    /** A listener that blocks on the first event until the test ends or releases it. */
    private Subscription subscribeBlocked(FeedOptions options, FeedRecorder<Volume> recorder) {
        Subscription s = dal.subscribe(Volume.class, event -> {
            recorder.accept(event);
            awaitRelease();
        }, options.onGap(recorder.gaps()));
        subscriptions.add(s);
        return s;
    }

    private void awaitRelease() {
        try {
            release.await(FeedRecorder.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long save(Volume volume, long size) {
        volume.setSize(size);
        volume.save();
        return memory.currentRevision();
    }

    private Volume volume(Dal in, String name) {
        Volume v = in.create(Volume.class);
        v.setName(name);
        v.save();
        return v;
    }

    @Test
    void aBlockedListener_delaysNeitherAnotherSubscription_norTheNearCache() {
        subscribeBlocked(FeedOptions.live(), new FeedRecorder<>());
        FeedRecorder<Volume> other = new FeedRecorder<>();
        subscribe(other, FeedOptions.live());
        Volume mine = volume(writer, "v");
        assertThat(dal.get(Volume.class, mine.getGuid()).getSize()).isZero(); // cached in dal's near cache

        long revision = save(mine, 7);

        assertThat(other.eventsThrough(revision)).extracting(ChangeEvent::type)
                .containsExactly(ChangeType.CREATED, ChangeType.UPDATED);
        awaitNearCacheAt(revision); // its own watch: it may follow the other subscription by a moment, never the blocked one
        assertThat(dal.get(Volume.class, mine.getGuid()).getSize()).isEqualTo(7);
    }

    /** Spins (bounded, no sleep) until the near cache of {@code dal} has applied {@code revision}; fails after 10 s. */
    private void awaitNearCacheAt(long revision) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (dal.admin().nearCache().orElseThrow().lastRevision() < revision) {
            assertThat(System.nanoTime()).as("near cache still behind revision " + revision).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void aThrowingListener_keepsItsSubscription() {
        FeedRecorder<Volume> recorder = new FeedRecorder<>();
        subscriptions.add(dal.subscribe(Volume.class, event -> {
            recorder.accept(event);
            throw new IllegalStateException("listener bug");
        }));
        Volume v = volume(writer, "v");
        long last = save(v, 1);

        assertThat(recorder.eventsThrough(last)).extracting(ChangeEvent::revision).hasSize(2).last().isEqualTo(last);
    }

    @Test
    void aListenerTooFarBehind_losesItsQueueForAGap_thenGetsTheChangesAfterIt() throws InterruptedException {
        FeedRecorder<Volume> recorder = new FeedRecorder<>();
        subscribeBlocked(FeedOptions.live().maxPending(5), recorder);
        Volume v = volume(writer, "v");
        long first = memory.currentRevision();
        assertThat(recorder.nextEvent().revision()).isEqualTo(first); // the listener now blocks on it
        List<Long> revisions = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            revisions.add(save(v, i));
        }
        store.awaitHandedOver(revisions.get(18));

        release.countDown();

        FeedGap gap = recorder.nextGap();
        assertThat(gap.reason()).isEqualTo(FeedGap.Reason.OVERFLOW);
        assertThat(gap.hybrid()).isEqualTo("volume");
        assertThat(gap.lastDeliveredRevision()).isEqualTo(first);
        // 5 wait at most; the 6th (revision 18) overflowed and the 19th arrived after the gap
        assertThat(gap.earliestRevision()).isEqualTo(revisions.get(17));
        assertThat(recorder.nextEvent().revision()).isEqualTo(revisions.get(18));
    }

    @Test
    void compactedHistory_isReportedAsAGap_beforeTheChangesAfterIt() {
        volume(writer, "before");
        Snapshot<Volume> snapshot = dal.snapshot(Volume.class);
        Volume v = volume(writer, "v");
        long compacted = save(v, 1);
        memory.compact(compacted);
        FeedRecorder<Volume> recorder = new FeedRecorder<>();
        subscribe(recorder, FeedOptions.fromRevision(snapshot.revision()));

        FeedGap gap = recorder.nextGap();
        long after = save(v, 2);

        assertThat(gap.reason()).isEqualTo(FeedGap.Reason.COMPACTED);
        assertThat(gap.lastDeliveredRevision()).isEqualTo(snapshot.revision());
        assertThat(gap.earliestRevision()).isGreaterThanOrEqualTo(compacted);
        assertThat(recorder.nextEvent().revision()).isEqualTo(after);
    }

    @Test
    void fromARevision_deliversTheChangesCommittedSinceThen_once_inOrder() {
        volume(writer, "before");
        long start = memory.currentRevision();
        Volume v = volume(writer, "v");
        save(v, 1);
        FeedRecorder<Volume> recorder = new FeedRecorder<>();
        subscribe(recorder, FeedOptions.fromRevision(start));
        long last = save(v, 2);

        assertThat(recorder.eventsThrough(last)).extracting(ChangeEvent::type)
                .containsExactly(ChangeType.CREATED, ChangeType.UPDATED, ChangeType.UPDATED);
    }

    @Test
    void aGivenExecutor_runsTheListener_oneChangeAtATime_inCommitOrder() {
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "given-executor"));
        try {
            FeedRecorder<Volume> recorder = new FeedRecorder<>();
            List<String> threads = new ArrayList<>();
            subscriptions.add(dal.subscribe(Volume.class, event -> {
                threads.add(Thread.currentThread().getName());
                recorder.accept(event);
            }, FeedOptions.live().executor(pool)));
            Volume v = volume(writer, "v");
            long last = 0;
            for (int i = 1; i <= 50; i++) {
                last = save(v, i);
            }

            assertThat(recorder.eventsThrough(last)).hasSize(51).extracting(ChangeEvent::revision).isSorted();
            assertThat(threads).containsOnly("given-executor");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingTheDal_endsItsSubscriptions() {
        FeedRecorder<Volume> recorder = new FeedRecorder<>();
        dal.subscribe(Volume.class, recorder);
        FeedRecorder<Volume> witness = new FeedRecorder<>();
        subscriptions.add(writer.subscribe(Volume.class, witness));

        dal.close();
        volume(writer, "after close");

        assertThat(witness.nextEvent().type()).isEqualTo(ChangeType.CREATED);
        assertThat(recorder.waiting()).isEmpty();
    }
}
