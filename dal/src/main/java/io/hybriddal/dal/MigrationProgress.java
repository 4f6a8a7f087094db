package io.hybriddal.dal;

/**
 * Told how a {@link Dal#migrate(MigrationProgress)} advances, from the migrating thread. A
 * listener that throws stops the migration (what completed stays recorded).
 */
@FunctionalInterface
public interface MigrationProgress {

    /**
     * {@code done} of {@code total} units of the step {@code step} are complete (objects of a
     * hybrid for builds, drops and rewrites; 0 of 1 then 1 of 1 for a user migration).
     */
    void advanced(String step, long done, long total);
}
