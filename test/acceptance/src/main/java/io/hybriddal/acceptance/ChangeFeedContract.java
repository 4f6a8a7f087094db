package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.FeedGap;
import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.Snapshot;
import io.hybriddal.dal.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code Dal.subscribe} and {@code Dal.snapshot}: every committed change of a hybrid, from any Dal
 * sharing the store, once and in commit order; a snapshot plus the changes after it rebuild the
 * store; filters see objects enter and leave; a slow listener delays nobody else. Run by
 * {@link AcceptanceSuite}.
 */
public abstract class ChangeFeedContract extends DalTestBase {

    private static ChangeEvent<TestDisk> next(BlockingQueue<ChangeEvent<TestDisk>> events) throws InterruptedException {
        ChangeEvent<TestDisk> event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(event).as("a change event within %s", WAIT).isNotNull();
        return event;
    }

    @Test
    void subscribe_deliversChangesOfAnotherDal_withOldAndNewValuesOfTheChangedFields() throws InterruptedException {
        BlockingQueue<ChangeEvent<TestDisk>> events = new LinkedBlockingQueue<>();
        try (Subscription ignored = dal().subscribe(TestDisk.class, events::add)) {
            TestDisk disk = anotherDal().create(TestDisk.class);
            disk.setName("a");
            disk.save();
            disk.setName("b");
            disk.setSize(5);
            disk.save();
            disk.delete();
            ChangeEvent<TestDisk> created = next(events);
            ChangeEvent<TestDisk> updated = next(events);
            ChangeEvent<TestDisk> deleted = next(events);
            assertThat(created.type()).isEqualTo(ChangeType.CREATED);
            assertThat(created.guid()).isEqualTo(disk.getGuid());
            assertThat(created.hybrid()).isEqualTo("testdisk");
            assertThat(updated.type()).isEqualTo(ChangeType.UPDATED);
            assertThat(updated.changedFields()).containsExactlyInAnyOrder("name", "size");
            assertThat(updated.oldValues()).containsEntry("name", "a").containsEntry("size", 0L);
            assertThat(updated.newValues()).containsEntry("name", "b").containsEntry("size", 5L);
            assertThat(deleted.type()).isEqualTo(ChangeType.DELETED);
            assertThat(deleted.oldValues()).containsEntry("name", "b");
            assertThat(deleted.newValues()).isEmpty();
        }
    }

    @Test
    void subscribe_deliversEachCommitOnce_inCommitOrder() throws InterruptedException {
        BlockingQueue<ChangeEvent<TestDisk>> events = new LinkedBlockingQueue<>();
        TestDisk disk = savedDisk("d");
        try (Subscription ignored = dal().subscribe(TestDisk.class, events::add)) {
            for (int i = 1; i <= 20; i++) {
                disk.setSize(i);
                disk.save();
            }
            List<Long> revisions = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                ChangeEvent<TestDisk> event = next(events);
                assertThat(event.newValues()).containsEntry("size", (long) i);
                revisions.add(event.revision());
            }
            assertThat(revisions).isSorted().doesNotHaveDuplicates();
            assertThat(events.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void subscribe_seesOnlyItsHybrid() throws InterruptedException {
        BlockingQueue<ChangeEvent<TestDisk>> events = new LinkedBlockingQueue<>();
        try (Subscription ignored = dal().subscribe(TestDisk.class, events::add)) {
            savedMachine("not a disk");
            TestDisk disk = savedDisk("disk");
            assertThat(next(events).guid()).isEqualTo(disk.getGuid());
        }
    }

    @Test
    void subscribe_keepsDelivering_afterTheListenerThrows() throws InterruptedException {
        BlockingQueue<ChangeEvent<TestDisk>> events = new LinkedBlockingQueue<>();
        try (Subscription ignored = dal().subscribe(TestDisk.class, e -> {
            events.add(e);
            throw new IllegalStateException("listener bug");
        })) {
            savedDisk("first");
            savedDisk("second");
            next(events);
            next(events);
        }
    }

    @Test
    void subscription_deliversNothing_afterClose() throws InterruptedException {
        BlockingQueue<ChangeEvent<TestDisk>> events = new LinkedBlockingQueue<>();
        Subscription subscription = dal().subscribe(TestDisk.class, events::add);
        subscription.close();
        savedDisk("after close");
        assertThat(events.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aSnapshotPlusTheEventsAfterIt_equalsALaterSnapshot_whileAnotherDalWrites() throws Exception {
        TestMachine machine = savedMachine("m");
        anotherDal(); // opened here, not by the writer threads
        CountDownLatch started = new CountDownLatch(20);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writing = List.of(writers.submit(() -> write(machine, started)), writers.submit(() -> write(machine, started)));
            assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            Snapshot<TestDisk> start = dal().snapshot(TestDisk.class);
            BlockingQueue<ChangeEvent<TestDisk>> events = new LinkedBlockingQueue<>();
            List<FeedGap> gaps = new CopyOnWriteArrayList<>();
            try (Subscription ignored = dal().subscribe(TestDisk.class, events::add,
                    FeedOptions.fromRevision(start.revision()).onGap(gaps::add))) {
                writing.forEach(DalTestBase::await);
                Snapshot<TestDisk> end = dal().snapshot(TestDisk.class);
                TestDisk marker = anotherDal().create(TestDisk.class);
                marker.setName("marker");
                marker.save();

                FeedReplay replay = new FeedReplay(start);
                long previous = start.revision();
                for (ChangeEvent<TestDisk> e = next(events); !e.guid().equals(marker.getGuid()); e = next(events)) {
                    assertThat(e.revision()).as("commit order").isGreaterThanOrEqualTo(previous);
                    previous = e.revision();
                    if (e.revision() <= end.revision()) {
                        replay.apply(e);
                    }
                }
                assertThat(gaps).isEmpty();
                assertThat(replay.state()).isEqualTo(FeedReplay.stateOf(end)).isNotEmpty();
            }
        } finally {
            writers.shutdownNow();
        }
    }

    /** Creates, updates and deletes disks through {@link #anotherDal()}. */
    private Void write(TestMachine machine, CountDownLatch progress) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<TestDisk> mine = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int dice = random.nextInt(10);
            if (mine.isEmpty() || dice < 3) {
                TestDisk d = anotherDal().create(TestDisk.class);
                d.setName("d" + i);
                d.save();
                mine.add(d);
            } else if (dice < 9) {
                TestDisk d = mine.get(random.nextInt(mine.size()));
                d.setSize(random.nextLong(1_000));
                d.setMachine(random.nextBoolean() ? anotherDal().get(TestMachine.class, machine.getGuid()) : null);
                d.save();
            } else {
                mine.remove(random.nextInt(mine.size())).delete();
            }
            progress.countDown();
        }
        return null;
    }

    @Test
    void aFilteredSubscription_seesDisksEnterAndLeaveItsView_andNoOthers() throws InterruptedException {
        BlockingQueue<ChangeEvent<TestDisk>> events = new LinkedBlockingQueue<>();
        try (Subscription ignored = dal().subscribe(TestDisk.class, events::add, FeedOptions.live().filter(Filter.gt("size", 100L)))) {
            TestDisk other = anotherDal().create(TestDisk.class);
            other.setName("never big");
            other.save();
            TestDisk disk = anotherDal().create(TestDisk.class);
            disk.setName("grows");
            disk.save();
            disk.setSize(500);
            disk.save();
            other.setSize(5);
            other.save();
            disk.setSize(50);
            disk.save();
            disk.setSize(60);
            disk.save();
            disk.setSize(700);
            disk.save();

            assertThat(List.of(next(events), next(events), next(events)))
                    .extracting(e -> e.guid().equals(disk.getGuid()) ? e.newValues().get("size") : "other")
                    .containsExactly(500L, 50L, 700L);
        }
    }

    @Test
    void aSlowListener_delaysNeitherAnotherSubscriptionNorTheNearCache() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<ChangeEvent<TestDisk>> events = new LinkedBlockingQueue<>();
        TestDisk disk = anotherDal().create(TestDisk.class);
        disk.setName("a");
        disk.save();
        dal().get(TestDisk.class, disk.getGuid());
        try (Subscription slow = dal().subscribe(TestDisk.class, e -> awaitQuietly(release));
             Subscription fast = dal().subscribe(TestDisk.class, events::add)) {
            disk.setName("b");
            disk.save();
            disk.setName("c");
            disk.save();

            assertThat(next(events).newValues()).containsEntry("name", "b");
            assertThat(next(events).newValues()).containsEntry("name", "c");
            eventually("the near cache serves the latest name", () -> dal().get(TestDisk.class, disk.getGuid()).getName().equals("c"));
        } finally {
            release.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
