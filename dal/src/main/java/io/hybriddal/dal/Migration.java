package io.hybriddal.dal;

/**
 * One step of a model's history, written by the application and given to
 * {@link DalBuilder#migrations(Migration...)}. {@link Dal#migrate()} runs the steps the store has
 * not recorded, in ascending {@link #version()}, and records each when it completes; a step that
 * throws is not recorded and stops the migration, so it runs again next time: it must be
 * idempotent. Implementations are called from the migrating thread only.
 */
public interface Migration {

    /** The model version this step brings the store to: positive, unique among the migrations. */
    int version();

    /** What the step does, for status output; the class's simple name by default. */
    default String description() {
        return getClass().getSimpleName();
    }

    /** Does the step: reads, creates, saves and deletes through {@code context.dal()}. */
    void migrate(MigrationContext context);
}
