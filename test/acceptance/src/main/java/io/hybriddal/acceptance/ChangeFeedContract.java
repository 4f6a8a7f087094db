package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code Dal.subscribe}: every committed change of a hybrid, from any Dal sharing the store,
 * once and in commit order. Run by {@link AcceptanceSuite}.
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
}
