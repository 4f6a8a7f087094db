package io.hybriddal.dal.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.IndexStatus;
import io.hybriddal.dal.InvalidHybridException;
import io.hybriddal.dal.Migration;
import io.hybriddal.dal.MigrationContext;
import io.hybriddal.dal.MigrationResult;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.UniqueConstraintViolationException;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.support.RecordingPersistentStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two releases of one hybrid on the memory store: the record, exact queries throughout, and migrate(). */
class MigrationTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final List<Dal> dals = new ArrayList<>();

    @AfterEach
    void close() {
        dals.forEach(Dal::close);
        store.close();
    }

    private Dal dal(Class<? extends io.hybriddal.dal.DataObject> type, Migration... migrations) {
        return dal(store, type, migrations);
    }

    private Dal dal(PersistentStore on, Class<? extends io.hybriddal.dal.DataObject> type, Migration... migrations) {
        Dal dal = Dal.builder().persistentStore(on).register(type).migrations(migrations).build();
        dals.add(dal);
        return dal;
    }

    private List<String> savedByV1(int count) {
        Dal v1 = dal(DiskV1.class);
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DiskV1 d = v1.create(DiskV1.class);
            d.setName("disk-" + i);
            d.setSize(i % 7);
            d.setOldName("label-" + i);
            d.setTag("t" + (i % 3));
            d.save();
            guids.add(d.getGuid());
        }
        return guids;
    }

    private static Map<String, IndexStatus.State> states(Dal dal) {
        return dal.modelStatus().indexes().stream().collect(Collectors.toMap(i -> i.kind() + " " + i.field(), IndexStatus::state));
    }

    private long keys(String prefix) {
        return store.scan(prefix, null, 100_000).entries().size();
    }

    @Test
    void build_writesNothing_andTheFirstCommitRecordsEveryKeySpaceReady_onAnEmptyStore() {
        long before = store.currentRevision();
        Dal v2 = dal(DiskV2.class);
        assertThat(store.currentRevision()).isEqualTo(before);
        assertThat(states(v2)).containsOnly(Map.entry("UNIQUE name", IndexStatus.State.ABSENT), Map.entry("INDEX size", IndexStatus.State.ABSENT));
        DiskV2 d = v2.create(DiskV2.class);
        d.setName("a");
        d.save();
        assertThat(states(v2)).containsOnly(Map.entry("UNIQUE name", IndexStatus.State.READY), Map.entry("INDEX size", IndexStatus.State.READY));
        assertThat(v2.modelStatus().upToDate()).isTrue();
    }

    @Test
    void queries_stayExactBeforeAndAfterTheBuild_whenPropertiesBecomeUniqueAndIndexedOnAPopulatedStore() {
        savedByV1(120);
        Dal v2 = dal(DiskV2.class);
        assertThat(states(v2)).containsOnly(Map.entry("UNIQUE name", IndexStatus.State.ABSENT), Map.entry("INDEX size", IndexStatus.State.ABSENT));
        assertThat(v2.query(DiskV2.class).where(Filter.eq("size", 3L)).list().size()).isEqualTo(17);
        assertThat(v2.query(DiskV2.class).where(Filter.eq("name", "disk-5")).list().size()).isEqualTo(1);
        DiskV2 fresh = v2.create(DiskV2.class);
        fresh.setName("fresh");
        fresh.setSize(3);
        fresh.save();
        assertThat(states(v2)).containsOnly(Map.entry("UNIQUE name", IndexStatus.State.ABSENT), Map.entry("INDEX size", IndexStatus.State.ABSENT));
        assertThat(v2.query(DiskV2.class).where(Filter.eq("size", 3L)).list().size()).isEqualTo(18);

        MigrationResult result = v2.migrate();

        assertThat(result.indexesBuilt()).extracting(IndexStatus::field).containsExactlyInAnyOrder("name", "size");
        assertThat(states(v2)).containsOnly(Map.entry("UNIQUE name", IndexStatus.State.READY), Map.entry("INDEX size", IndexStatus.State.READY));
        assertThat(keys("i/edisk/size/")).isEqualTo(121);
        assertThat(keys("u/edisk/name/")).isEqualTo(121);
        assertThat(keys("m/build/")).isZero();
        assertThat(v2.query(DiskV2.class).where(Filter.eq("size", 3L)).list().size()).isEqualTo(18);
        assertThat(v2.admin().checkConsistency(5).healthy()).isTrue();
    }

    @Test
    void anotherDal_usesTheIndex_onceTheWatchBringsTheStateItsMigratorRecorded() {
        savedByV1(60);
        RecordingPersistentStore recording = new RecordingPersistentStore(store);
        Dal reader = dal(recording, DiskV2.class);
        recording.reset();
        assertThat(reader.query(DiskV2.class).where(Filter.eq("size", 3L)).list().size()).isEqualTo(9);
        assertThat(recording.scanPrefixes()).containsOnly("o/edisk/");

        dal(DiskV2.class).migrate();

        long deadline = System.nanoTime() + 5_000_000_000L;
        for (long other = 1_000; ; other++) { // another value each time: never a cached result
            recording.reset();
            assertThat(reader.query(DiskV2.class).where(Filter.in("size", List.of(3L, other))).list().size()).isEqualTo(9);
            if (recording.scanPrefixes().contains("i/edisk/size/n3/") || System.nanoTime() > deadline) {
                break;
            }
        }
        assertThat(recording.scanPrefixes()).doesNotContain("o/edisk/").contains("i/edisk/size/n3/");
    }

    @Test
    void aFormerNameThatIsAnotherFieldsName_isRefusedAtRegistration() {
        assertThatThrownBy(() -> dal(ClashingDisk.class)).isInstanceOf(InvalidHybridException.class)
                .hasMessageContaining("cdisk").hasMessageContaining("'label'").hasMessageContaining("'name'");
    }

    @io.hybriddal.dal.Hybrid(name = "cdisk")
    public abstract static class ClashingDisk extends io.hybriddal.dal.DataObject {
        @io.hybriddal.dal.Property
        public abstract String getName();

        public abstract void setName(String name);

        @io.hybriddal.dal.Property(formerly = "name")
        public abstract String getLabel();

        public abstract void setLabel(String label);
    }

    @Test
    void migrate_stopsNamingBothGuids_andLeavesTheSpaceBuilding_whenAUniqueBuildMeetsDuplicates() {
        Dal v1 = dal(DiskV1.class);
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            DiskV1 d = v1.create(DiskV1.class);
            d.setName("twin");
            d.save();
            guids.add(d.getGuid());
        }
        Dal v2 = dal(DiskV2.class);
        assertThatThrownBy(v2::migrate).isInstanceOf(UniqueConstraintViolationException.class)
                .hasMessageContaining(guids.get(0)).hasMessageContaining(guids.get(1)).hasMessageContaining("twin");
        assertThat(states(v2)).containsEntry("UNIQUE name", IndexStatus.State.BUILDING);
        assertThat(v2.query(DiskV2.class).where(Filter.eq("name", "twin")).list().size()).isEqualTo(2);
    }

    @Test
    void migrate_rewritesFormerNames_whichReadsSeeUnderTheNewNameMeanwhile() {
        List<String> guids = savedByV1(3);
        Dal v2 = dal(DiskV2.class);
        assertThat(v2.get(DiskV2.class, guids.get(1)).getLabel()).isEqualTo("label-1");
        assertThat(v2.modelStatus().renamedFields()).containsExactly("edisk.label <- oldName");

        assertThat(v2.migrate().objectsRewritten()).isEqualTo(3);

        String document = new String(store.get("o/edisk/" + guids.get(1)).value(), StandardCharsets.UTF_8);
        assertThat(document).contains("\"label\":\"label-1\"").doesNotContain("oldName");
        assertThat(v2.migrate().objectsRewritten()).isZero();
    }

    @Test
    void migrate_deletesTheEntriesOfAnIndexNoLongerDeclared() {
        savedByV1(10);
        assertThat(keys("i/edisk/tag/")).isEqualTo(10);
        Dal v2 = dal(DiskV2.class);
        assertThat(v2.modelStatus().obsolete()).extracting(IndexStatus::field).containsExactly("tag");

        assertThat(v2.migrate().indexesDropped()).extracting(IndexStatus::field).containsExactly("tag");

        assertThat(keys("i/edisk/tag/")).isZero();
        assertThat(v2.modelStatus().upToDate()).isTrue();
    }

    private record Step(int version, List<Integer> ran) implements Migration {
        @Override
        public void migrate(MigrationContext context) {
            ran.add(version);
            assertThat(context.version()).isEqualTo(version);
        }
    }

    @Test
    void migrate_runsUserMigrationsOnceEach_inVersionOrder() {
        List<Integer> ran = new ArrayList<>();
        Dal v2 = dal(DiskV2.class, new Step(2, ran), new Step(1, ran));
        assertThat(v2.modelStatus().pending()).extracting(Migration::version).containsExactly(1, 2);

        assertThat(v2.migrate().applied()).containsExactly(1, 2);
        assertThat(v2.migrate().applied()).isEmpty();

        assertThat(ran).containsExactly(1, 2);
        assertThat(v2.modelStatus().storedVersion()).isEqualTo(2);
        assertThat(v2.modelStatus().pending()).isEmpty();
    }

    @Test
    void migrate_refusesAStoreAtAHigherModelVersionThanTheCodeKnows() {
        dal(DiskV2.class, new Step(7, new ArrayList<>())).migrate();
        Dal older = dal(DiskV2.class, new Step(5, new ArrayList<>()));
        assertThatThrownBy(older::migrate).isInstanceOf(StoreException.class).hasMessageContaining("store at model version 7, this code knows 5");
    }

    @Test
    void migrate_resumesAfterTheLastCheckpointedPage_whenAMigratorDiedMidBuild() {
        savedByV1(400); // 10 pages of 40 per key space
        DyingStore dying = new DyingStore(store, 4);
        Dal crashed = dal(dying, DiskV2.class);
        assertThatThrownBy(crashed::migrate).hasMessageContaining("the migrator died");
        crashed.close();
        store.commit(Commit.builder().delete("m/lock").build()); // its lease would run out: see StoreLockContract

        DyingStore counting = new DyingStore(store, Integer.MAX_VALUE);
        Dal resumed = dal(counting, DiskV2.class);
        resumed.migrate();

        assertThat(counting.pages.get()).isEqualTo(20 - 4);
        assertThat(keys("u/edisk/name/")).isEqualTo(400);
        assertThat(keys("i/edisk/size/")).isEqualTo(400);
        assertThat(resumed.admin().checkConsistency(5).healthy()).isTrue();
    }

    @Test
    void migrate_leavesEveryEntryInPlace_whileAnotherDalKeepsSaving() throws Exception {
        savedByV1(300);
        Dal saver = dal(DiskV2.class);
        Dal migrator = dal(DiskV2.class);
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = new ArrayList<>();
        Thread saving = new Thread(() -> {
            try {
                for (int i = 0; !stop.get(); i++) {
                    DiskV2 d = saver.create(DiskV2.class);
                    d.setName("live-" + i);
                    d.setSize(i % 7);
                    d.save();
                    List<DiskV2> some = saver.query(DiskV2.class).where(Filter.eq("name", "disk-" + (i % 300))).list().stream().toList();
                    some.get(0).setSize(100 + i);
                    some.get(0).save();
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        });
        saving.start();
        migrator.migrate();
        stop.set(true);
        saving.join();
        assertThat(failures).isEmpty();
        assertThat(migrator.admin().checkConsistency(5).healthy()).isTrue();
        long documents = keys("o/edisk/");
        assertThat(keys("u/edisk/name/")).isEqualTo(documents);
        assertThat(keys("i/edisk/size/")).isEqualTo(documents);
    }
}
