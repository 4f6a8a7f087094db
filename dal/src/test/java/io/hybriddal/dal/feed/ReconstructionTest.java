package io.hybriddal.dal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.Snapshot;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The feed's promise, taken literally: a snapshot, plus the events from its revision, applied
 * to a map, equal a fresh snapshot, while other threads write.
 */
class ReconstructionTest {

    private static final List<String> FIELDS = List.of("name", "size", "pool");

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final MemoryVolatileStore cache = new MemoryVolatileStore();
    private final Dal dal = dal();
    private final Dal writers = dal();

    private Dal dal() {
        return Dal.builder().persistentStore(store).volatileStore(cache).register(Pool.class, Volume.class).build();
    }

    @AfterEach
    void close() {
        dal.close();
        writers.close();
        store.close();
    }

    @Test
    void aSnapshotPlusTheEventsAfterIt_equalsALaterSnapshot_underConcurrentWriters() throws Exception {
        Pool pool = writers.create(Pool.class);
        pool.setName("p");
        pool.save();
        CountDownLatch warmedUp = new CountDownLatch(30);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<Future<?>> writing = List.of(threads.submit(() -> write(pool, warmedUp)),
                threads.submit(() -> write(pool, warmedUp)), threads.submit(() -> write(pool, warmedUp)));
        assertThat(warmedUp.await(10, TimeUnit.SECONDS)).isTrue();

        Snapshot<Volume> start = dal.snapshot(Volume.class);
        FeedRecorder<Volume> recorder = new FeedRecorder<>();
        try (Subscription ignored = dal.subscribe(Volume.class, recorder, FeedOptions.fromRevision(start.revision()).onGap(recorder.gaps()))) {
            for (Future<?> f : writing) {
                f.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();
            Snapshot<Volume> end = dal.snapshot(Volume.class);
            Volume marker = writers.create(Volume.class);
            marker.setName("marker");
            marker.save();

            Map<String, Map<String, Object>> rebuilt = state(start);
            long previous = start.revision();
            for (Object delivered : recorder.through(store.currentRevision())) {
                assertThat(delivered).as("no gap").isInstanceOf(ChangeEvent.class);
                ChangeEvent<?> event = (ChangeEvent<?>) delivered;
                assertThat(event.revision()).isGreaterThanOrEqualTo(previous);
                previous = event.revision();
                if (event.revision() <= end.revision()) {
                    apply(rebuilt, event);
                }
            }
            assertThat(rebuilt).isEqualTo(state(end)).hasSizeGreaterThan(0);
        }
    }

    /** Creates, updates (name, size, pool) and deletes volumes, one save each, then returns. */
    private void write(Pool pool, CountDownLatch progress) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Volume> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int dice = random.nextInt(10);
            if (mine.isEmpty() || dice < 3) {
                Volume v = writers.create(Volume.class);
                v.setName("v" + i);
                v.save();
                mine.add(v);
            } else if (dice < 9) {
                Volume v = mine.get(random.nextInt(mine.size()));
                v.setSize(random.nextLong(1_000));
                v.setPool(random.nextBoolean() ? pool : null);
                if (dice == 8) {
                    v.setName(v.getName() + "'");
                }
                v.save();
            } else {
                mine.remove(random.nextInt(mine.size())).delete();
            }
            progress.countDown();
        }
    }

    private static Map<String, Map<String, Object>> state(Snapshot<Volume> snapshot) {
        Map<String, Map<String, Object>> state = new HashMap<>();
        for (Volume v : snapshot.objects()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("name", v.getName());
            fields.put("size", v.getSize());
            fields.put("pool", v.relationGuid("pool"));
            state.put(v.getGuid(), fields);
        }
        return state;
    }

    private static void apply(Map<String, Map<String, Object>> state, ChangeEvent<?> event) {
        if (event.type() == ChangeType.DELETED) {
            assertThat(state.remove(event.guid())).as("deleted %s was there", event.guid()).isNotNull();
            return;
        }
        Map<String, Object> fields = event.type() == ChangeType.CREATED ? new HashMap<>() : state.get(event.guid());
        assertThat(fields).as("%s %s has a known state", event.type(), event.guid()).isNotNull();
        if (event.type() == ChangeType.CREATED) {
            FIELDS.forEach(f -> fields.put(f, f.equals("size") ? 0L : null));
            state.put(event.guid(), fields);
        }
        event.newValues().forEach((field, value) -> {
            if (FIELDS.contains(field)) {
                fields.put(field, value);
            }
        });
    }
}
