package io.hybriddal.dal;

/** What a {@link Migration} works with. Valid during {@link Migration#migrate} only. */
public interface MigrationContext {

    /** The migrating Dal: key spaces are built, so queries use every index. */
    Dal dal();

    /** The version of the migration being run. */
    int version();
}
