package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.IndexStatus;
import io.hybriddal.dal.MigrationResult;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.integration.evolve.EvolveMain;
import io.hybriddal.integration.evolve.VolumeV1;
import io.hybriddal.integration.evolve.VolumeV2;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Release 1 of a model saves in a file store; release 2 reads, queries and migrates it while a
 * second Dal on the same store keeps saving (the file store admits one process: the second Dal
 * plays the other process), and resumes a build whose migrating child JVM was killed.
 */
class MigrationOnFileStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private String uri() {
        return "file:" + dir.resolve("store");
    }

    private void savedByV1(int count) {
        try (Dal v1 = Dal.builder().persistentStore(uri()).register(VolumeV1.class).build()) {
            for (int i = 0; i < count; i++) {
                VolumeV1 v = v1.create(VolumeV1.class);
                v.setName("v-" + i);
                v.setSize(i % 7);
                v.setPoolId("pool-" + (i % 3));
                v.save();
            }
        }
    }

    private static long keys(PersistentStore store, String prefix) {
        return store.scan(prefix, null, 1_000_000).entries().size();
    }

    @Test
    @Timeout(120)
    void v2_readsQueriesAndMigratesWhatV1Saved_whileAnotherDalKeepsSaving() throws Exception {
        savedByV1(300);
        try (PersistentStore store = PersistentStore.open(uri());
             Dal v2 = Dal.builder().persistentStore(store).register(VolumeV2.class).build();
             Dal saver = Dal.builder().persistentStore(store).register(VolumeV2.class).build()) {
            assertThat(v2.modelStatus().indexes()).extracting(IndexStatus::state).containsOnly(IndexStatus.State.ABSENT);
            assertThat(v2.query(VolumeV2.class).where(Filter.eq("size", 3L)).list().size()).isEqualTo(43);
            AtomicBoolean stop = new AtomicBoolean();
            List<Throwable> failures = new ArrayList<>();
            Thread saving = new Thread(() -> {
                try {
                    for (int i = 0; !stop.get(); i++) {
                        VolumeV2 v = saver.create(VolumeV2.class);
                        v.setName("live-" + i);
                        v.setSize(i % 7);
                        v.save();
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            saving.start();
            MigrationResult result = v2.migrate();
            stop.set(true);
            saving.join();
            assertThat(failures).isEmpty();
            assertThat(result.objectsRewritten()).isEqualTo(300);
            long documents = keys(store, "o/evolume/");
            assertThat(keys(store, "u/evolume/name/")).isEqualTo(documents);
            assertThat(keys(store, "i/evolume/size/")).isEqualTo(documents);
            assertThat(v2.admin().checkConsistency(5).healthy()).isTrue();
            assertThat(v2.query(VolumeV2.class).where(Filter.eq("name", "v-7")).list().get(0).getPool()).isEqualTo("pool-1");
        }
    }

    @Test
    @Timeout(120)
    void aBuildResumesFromItsCheckpoint_afterTheMigratingChildJvmWasKilled() {
        savedByV1(2_000);
        long before;
        try (ChildJvm child = ChildJvm.start(EvolveMain.class, uri(), "migrate")) {
            String line;
            do {
                line = child.nextLine(WAIT);
            } while (!line.startsWith("PROGRESS ") || Long.parseLong(line.substring(9)) < 400);
            child.kill();
            before = Long.parseLong(line.substring(9));
        }
        try (PersistentStore store = PersistentStore.open(uri());
             Dal v2 = Dal.builder().persistentStore(store).register(VolumeV2.class).build()) {
            assertThat(keys(store, "m/build/")).as("the killed build's checkpoint").isEqualTo(1);
            List<Long> firstStep = new ArrayList<>();
            String[] first = new String[1];
            v2.migrate((step, done, total) -> {
                if (first[0] == null) {
                    first[0] = step;
                }
                if (step.equals(first[0])) {
                    firstStep.add(done);
                }
            });
            assertThat(firstStep.get(firstStep.size() - 1)).as("objects the resumed build read").isLessThanOrEqualTo(2_000 - before);
            assertThat(keys(store, "u/evolume/name/")).isEqualTo(2_000);
            assertThat(keys(store, "i/evolume/size/")).isEqualTo(2_000);
            assertThat(v2.admin().checkConsistency(5).healthy()).isTrue();
        }
    }
}
