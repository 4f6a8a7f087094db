package io.hybriddal.dal.internal.evolve;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.IndexStatus;
import io.hybriddal.dal.Migration;
import io.hybriddal.dal.MigrationContext;
import io.hybriddal.dal.MigrationProgress;
import io.hybriddal.dal.MigrationResult;
import io.hybriddal.dal.ModelStatus;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ScanPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@link Dal#migrate()} and {@link Dal#modelStatus()}: compares the model record with this
 * code's model and brings the store to it, holding the migrator lock: builds, drops, rewrites,
 * then the user's migrations, recording each step as it completes. Thread-safe (the lock
 * serialises migrators, in-process ones too).
 */
public final class Migrator {

    private final ModelRecord record;
    private final PersistentStore store;
    private final List<HybridModel> models;
    private final List<Migration> migrations;
    private final Duration lease;
    private final Supplier<Dal> dal;

    /**
     * @param migrations the application's, in any order (versions unique, checked by the builder)
     * @param lease      of the migrator lock
     * @param dal        the Dal user migrations work through
     */
    public Migrator(ModelRecord record, List<HybridModel> models, List<Migration> migrations, Duration lease, Supplier<Dal> dal) {
        this.record = record;
        this.store = record.store();
        this.models = List.copyOf(models);
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        this.migrations = List.copyOf(sorted);
        this.lease = lease;
        this.dal = dal;
    }

    public ModelStatus status() {
        record.reread();
        Set<Integer> applied = appliedVersions();
        List<IndexStatus> indexes = new ArrayList<>();
        record.declared().forEach(s -> indexes.add(s.status()));
        List<IndexStatus> obsolete = new ArrayList<>();
        record.obsolete(hybridNames()).forEach(o -> obsolete.add(o.status()));
        return new ModelStatus(storedVersion(), knownVersion(), pending(applied), indexes, obsolete, renamedFields());
    }

    /** @param progress told of each step, or null */
    public MigrationResult migrate(MigrationProgress progress) {
        long start = System.nanoTime();
        try (MigratorLock lock = MigratorLock.take(store, lease)) {
            record.reread();
            int stored = storedVersion();
            if (stored > knownVersion()) {
                throw new StoreException("store at model version " + stored + ", this code knows " + knownVersion()
                        + ": refusing to migrate it back; run the newer code");
            }
            SpaceBuild.Steps steps = steps(progress);
            List<IndexStatus> built = new ArrayList<>();
            SpaceBuild build = new SpaceBuild(record, lock);
            for (KeySpace space : record.declared()) {
                if (!space.ready()) {
                    build.run(space, steps);
                    built.add(space.status());
                }
            }
            List<IndexStatus> dropped = new ArrayList<>();
            for (Obsolete space : record.obsolete(hybridNames())) {
                SpaceDrop.run(record, lock, space);
                dropped.add(space.status());
            }
            long rewritten = 0;
            for (HybridModel model : models) {
                if (model.hasFormerNames()) {
                    rewritten += FieldRewrite.run(store, lock, model, steps);
                }
            }
            List<Integer> ran = new ArrayList<>();
            for (Migration migration : pending(appliedVersions())) {
                lock.renew();
                String step = "migration " + migration.version() + " " + migration.description();
                steps.advanced(step, 0, 1);
                migration.migrate(new Context(dal.get(), migration.version()));
                recordApplied(migration);
                ran.add(migration.version());
                steps.advanced(step, 1, 1);
            }
            return new MigrationResult(ran, built, dropped, rewritten, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private SpaceBuild.Steps steps(MigrationProgress progress) {
        return new SpaceBuild.Steps() {
            @Override
            public long total(HybridModel model) {
                return progress == null ? 0 : count(store, model);
            }

            @Override
            public void advanced(String step, long done, long total) {
                if (progress != null) {
                    progress.advanced(step, done, total);
                }
            }
        };
    }

    private record Context(Dal dal, int version) implements MigrationContext {
    }

    private void recordApplied(Migration migration) {
        int version = Math.max(storedVersion(), migration.version());
        store.commit(Commit.builder()
                .put(ModelRecord.MIGRATION_PREFIX + String.format("%010d", migration.version()), ModelRecord.bytes(migration.description()))
                .put(ModelRecord.VERSION_KEY, ModelRecord.bytes(Integer.toString(version)))
                .build());
    }

    private int storedVersion() {
        KeyValue kv = store.get(ModelRecord.VERSION_KEY);
        if (kv == null) {
            return 0;
        }
        String text = new String(kv.value(), StandardCharsets.UTF_8);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new StoreException("the model version at key [" + ModelRecord.VERSION_KEY + "] is not a number: '" + text + "'");
        }
    }

    private int knownVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    private Set<Integer> appliedVersions() {
        Set<Integer> versions = new TreeSet<>();
        String after = null;
        ScanPage page;
        do {
            page = store.scan(ModelRecord.MIGRATION_PREFIX, after, 1_000);
            for (KeyValue kv : page.entries()) {
                versions.add(Integer.parseInt(kv.key().substring(ModelRecord.MIGRATION_PREFIX.length())));
            }
            after = page.lastKey();
        } while (page.more() && after != null);
        return versions;
    }

    private List<Migration> pending(Set<Integer> applied) {
        return migrations.stream().filter(m -> !applied.contains(m.version())).toList();
    }

    private Set<String> hybridNames() {
        Set<String> names = new TreeSet<>();
        models.forEach(m -> names.add(m.name()));
        return names;
    }

    private List<String> renamedFields() {
        List<String> renamed = new ArrayList<>();
        for (HybridModel model : models) {
            for (PropertyModel p : model.properties()) {
                p.formerly().forEach(former -> renamed.add(model.name() + "." + p.name() + " <- " + former));
            }
        }
        return renamed;
    }

    /** Objects of {@code model}, counted by a scan (for progress totals). */
    private static long count(PersistentStore store, HybridModel model) {
        long count = 0;
        String after = null;
        ScanPage page;
        do {
            page = store.scan(Keys.objectPrefix(model), after, 1_000);
            count += page.entries().size();
            after = page.lastKey();
        } while (page.more() && after != null);
        return count;
    }
}
