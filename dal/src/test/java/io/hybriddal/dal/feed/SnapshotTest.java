package io.hybriddal.dal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.Snapshot;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.support.RecordingPersistentStore;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code Dal.snapshot}: every object of a hybrid at one revision, the start of a feed. */
class SnapshotTest {

    private final MemoryPersistentStore memory = new MemoryPersistentStore();
    private final RecordingPersistentStore store = new RecordingPersistentStore(memory);
    private final MemoryVolatileStore cache = new MemoryVolatileStore();
    private final Dal dal = dal();
    private final Dal writer = dal();

    private Dal dal() {
        return Dal.builder().persistentStore(store).volatileStore(cache).register(Pool.class, Volume.class).build();
    }

    @AfterEach
    void close() {
        dal.close();
        writer.close();
        memory.close();
    }

    private Volume volume(String name) {
        Volume v = writer.create(Volume.class);
        v.setName(name);
        v.save();
        return v;
    }

    @Test
    void aSnapshot_holdsEveryObjectOfItsHybrid_atTheStoresRevision() {
        volume("a");
        volume("b").delete();
        volume("c");
        Pool pool = writer.create(Pool.class);
        pool.setName("not a volume");
        pool.save();

        Snapshot<Volume> snapshot = dal.snapshot(Volume.class);

        assertThat(snapshot.revision()).isEqualTo(memory.currentRevision());
        assertThat(snapshot.hybrid()).isEqualTo("volume");
        assertThat(snapshot.objects()).extracting(Volume::getName).containsExactlyInAnyOrder("a", "c");
        assertThat(snapshot.objects()).extracting(DataObject::isNew).containsOnly(false);
    }

    @Test
    void aCommitLandingBetweenPages_makesTheSnapshotReadAgain_atOneLaterRevision() {
        writer.inTransaction(() -> {
            for (int i = 0; i < 1_500; i++) { // more than one page
                Volume v = writer.create(Volume.class);
                v.setName("v" + i);
                v.save();
            }
        });
        store.afterNextScan("o/volume/", () -> volume("between pages"));

        Snapshot<Volume> snapshot = dal.snapshot(Volume.class);

        assertThat(snapshot.revision()).isEqualTo(memory.currentRevision());
        assertThat(snapshot.objects()).hasSize(1_501).extracting(Volume::getName).contains("between pages");
        assertThat(store.scanPrefixes()).filteredOn("o/volume/"::equals).hasSizeGreaterThan(2);
    }

    @Test
    void aSnapshotOfAnEmptyHybrid_isEmpty() {
        assertThat(dal.snapshot(Volume.class).objects()).isEmpty();
    }

    @Test
    void aCommitLandingWhileTheSnapshotReads_isLeftOut_andFollowsAsTheFirstEvent() {
        volume("early");
        AtomicReference<String> late = new AtomicReference<>();
        store.afterNextScan("o/volume/", () -> late.set(volume("late").getGuid()));

        Snapshot<Volume> snapshot = dal.snapshot(Volume.class);
        FeedRecorder<Volume> recorder = new FeedRecorder<>();
        try (Subscription ignored = dal.subscribe(Volume.class, recorder, FeedOptions.fromRevision(snapshot.revision()))) {
            assertThat(snapshot.objects()).extracting(Volume::getName).containsExactly("early");
            ChangeEvent<Volume> first = recorder.nextEvent();
            assertThat(first.type()).isEqualTo(ChangeType.CREATED);
            assertThat(first.guid()).isEqualTo(late.get());
            assertThat(first.revision()).isGreaterThan(snapshot.revision());
        }
    }
}
