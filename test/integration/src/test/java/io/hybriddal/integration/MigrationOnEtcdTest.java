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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Release 1 of a model saves on etcd; release 2 reads, queries and migrates it while a child JVM
 * of release 2 keeps saving, and resumes a build whose migrating child JVM was killed.
 */
class MigrationOnEtcdTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static List<String> savedByV1(String uri, int count) {
        List<String> guids = new ArrayList<>();
        try (Dal v1 = Dal.builder().persistentStore(uri).register(VolumeV1.class).build()) {
            for (int i = 0; i < count; i++) {
                VolumeV1 v = v1.create(VolumeV1.class);
                v.setName("v-" + i);
                v.setSize(i % 7);
                v.setPoolId("pool-" + (i % 3));
                v.save();
                guids.add(v.getGuid());
            }
        }
        return guids;
    }

    private static long keys(PersistentStore store, String prefix) {
        long count = 0;
        String after = null;
        var page = store.scan(prefix, null, 1_000);
        for (; ; page = store.scan(prefix, after, 1_000)) {
            count += page.entries().size();
            after = page.lastKey();
            if (!page.more()) {
                return count;
            }
        }
    }

    @Test
    @Timeout(180)
    void v2_readsQueriesAndMigratesWhatV1Saved_whileAChildJvmKeepsSaving() {
        String uri = SharedServers.freshEtcdUri("evolve");
        List<String> guids = savedByV1(uri, 300);
        try (Dal v2 = Dal.builder().persistentStore(uri).register(VolumeV2.class).build();
             PersistentStore raw = PersistentStore.open(uri)) {
            assertThat(v2.get(VolumeV2.class, guids.get(4)).getPool()).isEqualTo("pool-1");
            assertThat(v2.modelStatus().indexes()).extracting(IndexStatus::state).containsOnly(IndexStatus.State.ABSENT);
            assertThat(v2.query(VolumeV2.class).where(Filter.eq("name", "v-7")).list().size()).isEqualTo(1);
            String saved;
            MigrationResult result;
            try (ChildJvm child = ChildJvm.start(EvolveMain.class, uri, "save")) {
                assertThat(child.nextLine(WAIT)).isEqualTo("READY");
                result = v2.migrate();
                child.send("stop");
                saved = child.nextLine(WAIT);
            }
            assertThat(saved).startsWith("SAVED ");
            assertThat(Long.parseLong(saved.substring(6))).isPositive();
            assertThat(result.indexesBuilt()).hasSize(2);
            assertThat(result.objectsRewritten()).isEqualTo(300);
            assertThat(v2.modelStatus().upToDate()).isTrue();
            long documents = keys(raw, "o/evolume/");
            assertThat(keys(raw, "u/evolume/name/")).isEqualTo(documents);
            assertThat(keys(raw, "i/evolume/size/")).isEqualTo(documents);
            assertThat(v2.admin().checkConsistency(5).healthy()).isTrue();
            assertThat(v2.query(VolumeV2.class).where(Filter.eq("name", "v-7")).list().size()).isEqualTo(1);
        }
    }

    @Test
    @Timeout(180)
    void aBuildResumesFromItsCheckpoint_afterTheMigratingChildJvmWasKilled() {
        String uri = SharedServers.freshEtcdUri("resume");
        savedByV1(uri, 2_000);
        long before;
        try (ChildJvm child = ChildJvm.start(EvolveMain.class, uri, "migrate")) {
            String line;
            do {
                line = child.nextLine(WAIT);
            } while (!line.startsWith("PROGRESS ") || Long.parseLong(line.substring(9)) < 500);
            child.kill();
            before = Long.parseLong(line.substring(9));
        }
        try (Dal v2 = Dal.builder().persistentStore(uri).register(VolumeV2.class).migrationLockLease(Duration.ofSeconds(2)).build();
             PersistentStore raw = PersistentStore.open(uri)) {
            assertThat(keys(raw, "m/build/")).as("the killed build's checkpoint").isEqualTo(1);
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
            assertThat(keys(raw, "u/evolume/name/")).isEqualTo(2_000);
            assertThat(keys(raw, "i/evolume/size/")).isEqualTo(2_000);
            assertThat(keys(raw, "m/build/")).isZero();
            assertThat(v2.admin().checkConsistency(5).healthy()).isTrue();
        }
    }
}
