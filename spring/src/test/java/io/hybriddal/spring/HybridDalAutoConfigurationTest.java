package io.hybriddal.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.ConcurrencyException;
import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.Migration;
import io.hybriddal.dal.MigrationContext;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class HybridDalAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HybridDalAutoConfiguration.class));

    /** Registers {@link Note} by hand, instead of the index. */
    private static final DalBuilderCustomizer NOTES = builder -> builder.register(Note.class);

    @Test
    void everyHybridDalProperty_bindsWithItsRelaxedName() {
        runner.withPropertyValues("hybriddal.persistent=etcd://127.0.0.1:1/ns", "hybriddal.volatile=memcached://127.0.0.1:2",
                        "hybriddal.near-cache-size=5", "hybriddal.local-results-size=7", "hybriddal.conflict-policy=store-wins", "hybriddal.migrate-on-start=false",
                        "hybriddal.max-save-attempts=3", "hybriddal.max-document-size=64KB", "hybriddal.scan=false",
                        "hybriddal.migration-lock-lease=30s")
                .withBean(Dal.class, () -> Dal.builder().build())   // the stores named above are not running
                .run(context -> {
                    HybridDalProperties properties = context.getBean(HybridDalProperties.class);
                    assertThat(properties.getPersistent()).isEqualTo("etcd://127.0.0.1:1/ns");
                    assertThat(properties.getVolatile()).isEqualTo("memcached://127.0.0.1:2");
                    assertThat(properties.getNearCacheSize()).isEqualTo(5);
                    assertThat(properties.getLocalResultsSize()).isEqualTo(7);
                    assertThat(properties.getConflictPolicy()).isEqualTo(ConflictPolicy.STORE_WINS);
                    assertThat(properties.isMigrateOnStart()).isFalse();
                    assertThat(properties.getMaxSaveAttempts()).isEqualTo(3);
                    assertThat(properties.getMaxDocumentSize()).isEqualTo(DataSize.ofKilobytes(64));
                    assertThat(properties.isScan()).isFalse();
                    assertThat(properties.getMigrationLockLease()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void dal_registersTheHybridsOfTheGeneratedIndex_byDefault() {
        runner.run(context -> {
            Dal dal = context.getBean(Dal.class);
            assertThat(dal.model().hybrids()).extracting(HybridInfo::name).contains("vdisk", "vpool", "backend");
        });
    }

    @Test
    void dal_registersOnlyWhatCustomizersRegister_whenScanIsOff() {
        runner.withPropertyValues("hybriddal.scan=false").withBean(DalBuilderCustomizer.class, () -> NOTES).run(context ->
                assertThat(context.getBean(Dal.class).model().hybrids()).extracting(HybridInfo::name).containsExactly("note"));
    }

    @Test
    void conflictPolicyProperty_decidesConcurrentChangesToOneField() {
        runner.withPropertyValues("hybriddal.scan=false", "hybriddal.conflict-policy=raise")
                .withBean(DalBuilderCustomizer.class, () -> NOTES).run(context -> {
                    Dal dal = context.getBean(Dal.class);
                    Note note = dal.create(Note.class);
                    note.setText("a");
                    note.save();
                    Note other = dal.get(Note.class, note.getGuid(), io.hybriddal.dal.Consistency.STRONG);
                    other.setText("b");
                    other.save();
                    note.setText("c");
                    assertThatThrownBy(note::save).isInstanceOf(ConcurrencyException.class);
                });
    }

    @Test
    void maxDocumentSizeProperty_limitsWhatASaveWrites() {
        runner.withPropertyValues("hybriddal.scan=false", "hybriddal.max-document-size=2KB")
                .withBean(DalBuilderCustomizer.class, () -> NOTES).run(context -> {
                    Note note = context.getBean(Dal.class).create(Note.class);
                    note.setText("x".repeat(4096));
                    assertThatThrownBy(note::save).isInstanceOf(StoreException.class).hasMessageContaining("text");
                });
    }

    @Test
    void nearCacheSizeZero_disablesTheNearCache() {
        runner.withPropertyValues("hybriddal.near-cache-size=0").run(context ->
                assertThat(context.getBean(Dal.class).admin().nearCache()).isEmpty());
    }

    @Test
    void outOfRangeProperty_failsTheContext_namingTheProperty() {
        runner.withPropertyValues("hybriddal.near-cache-size=-1").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("nearCacheSize")
                        .hasMessageContaining("must not be negative"));
        runner.withPropertyValues("hybriddal.near-cache-size=-1").run(context ->
                assertThat(context).getFailure().hasMessageContaining("hybriddal.* property"));
    }

    /** Migration 1 of the tests: saves a note, and says so. */
    private static Migration seed(List<Integer> ran) {
        return new Migration() {
            @Override
            public int version() {
                return 1;
            }

            @Override
            public void migrate(MigrationContext context) {
                Note note = context.dal().create(Note.class);
                note.setText("seeded");
                note.save();
                ran.add(version());
            }
        };
    }

    @Test
    void migrateOnStart_runsTheMigrationBeans_beforeTheDalIsHandedOut() {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        runner.withPropertyValues("hybriddal.scan=false", "hybriddal.migrate-on-start=true")
                .withBean(DalBuilderCustomizer.class, () -> NOTES).withBean(Migration.class, () -> seed(ran)).run(context -> {
                    Dal dal = context.getBean(Dal.class);
                    assertThat(ran).containsExactly(1);
                    assertThat(dal.modelStatus().storedVersion()).isEqualTo(1);
                    assertThat(dal.query(Note.class).list()).extracting(Note::getText).containsExactly("seeded");
                });
    }

    @Test
    void migrationBeans_waitForAnExplicitMigrate_withoutMigrateOnStart() {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        runner.withPropertyValues("hybriddal.scan=false")
                .withBean(DalBuilderCustomizer.class, () -> NOTES).withBean(Migration.class, () -> seed(ran)).run(context -> {
                    Dal dal = context.getBean(Dal.class);
                    assertThat(ran).isEmpty();
                    assertThat(dal.modelStatus().pending()).extracting(Migration::version).containsExactly(1);
                    dal.migrate();
                    assertThat(ran).containsExactly(1);
                });
    }

    @Test
    void failedMigrateOnStart_failsTheStartUp_andClosesTheDal() {
        ControllableStore store = new ControllableStore();
        Migration failing = new Migration() {
            @Override
            public int version() {
                return 1;
            }

            @Override
            public void migrate(MigrationContext context) {
                throw new IllegalStateException("cannot reach the storage system (test)");
            }
        };
        runner.withPropertyValues("hybriddal.migrate-on-start=true").withBean(PersistentStore.class, () -> store)
                .withBean(Migration.class, () -> failing).run(context -> {
                    assertThat(context).getFailure().rootCause().hasMessage("cannot reach the storage system (test)");
                    assertThat(store.watchers).isNotEmpty();   // the Dal was built: its near cache watched
                    assertThat(store.openWatches).hasValue(0);   // and it was closed
                });
    }

    @Test
    void storeBeans_replaceTheUris_andTheContextClosesThem() {
        ControllableStore persistent = new ControllableStore();
        MemoryVolatileStore volatileStore = new MemoryVolatileStore();
        runner.withPropertyValues("hybriddal.persistent=etcd://127.0.0.1:1/unused")
                .withBean(PersistentStore.class, () -> persistent).withBean(VolatileStore.class, () -> volatileStore)
                .run(context -> {
                    Dal dal = context.getBean(Dal.class);
                    assertThat(dal.admin().persistentStore()).isSameAs(persistent);
                    assertThat(dal.admin().volatileStore()).isSameAs(volatileStore);
                });
        assertThat(persistent.closed).isTrue();
    }

    @Test
    void meterRegistryOfTheContext_receivesTheDalsMeters() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        runner.withBean(MeterRegistry.class, () -> meters).run(context -> {
            assertThat(context.getBean(Dal.class).admin().meterRegistry()).isSameAs(meters);
            assertThat(meters.find("hybriddal.nearcache.hits").meter()).isNotNull();
        });
    }

    @Test
    void observationRegistryOfTheContext_observesTheDalsSaves() {
        List<String> observed = new CopyOnWriteArrayList<>();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                observed.add(context.getName());
            }
        });
        runner.withPropertyValues("hybriddal.scan=false").withBean(DalBuilderCustomizer.class, () -> NOTES)
                .withBean(ObservationRegistry.class, () -> observations).run(context -> {
                    Note note = context.getBean(Dal.class).create(Note.class);
                    note.setText("a");
                    note.save();
                    assertThat(observed).contains("hybriddal.save");
                });
    }

    @Test
    void dalOfTheApplication_replacesTheAutoConfiguredOne() {
        Dal own = Dal.builder().nearCacheSize(0).build();
        runner.withBean("ownDal", Dal.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(Dal.class);
            assertThat(context.getBean(Dal.class)).isSameAs(own);
        });
    }

    @Test
    void closingTheContext_closesTheDal() {
        AtomicReference<Dal> dal = new AtomicReference<>();
        runner.run(context -> dal.set(context.getBean(Dal.class)));
        assertThatThrownBy(() -> dal.get().admin()).isInstanceOf(IllegalStateException.class);
    }
}
