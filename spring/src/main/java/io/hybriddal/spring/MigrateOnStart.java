package io.hybriddal.spring;

/** {@code hybriddal.migrate-on-start}: this version of hybrid-dal has no {@code Dal.migrate()} yet, so it refuses the property. */
final class MigrateOnStart {

    private MigrateOnStart() {
    }

    /** Fails before any store is opened when the property asks for what this version cannot do. */
    static void check(HybridDalProperties properties) {
        if (properties.isMigrateOnStart()) {
            throw new IllegalStateException("hybriddal.migrate-on-start=true is not supported by this version of hybrid-dal "
                    + "(it has no Dal.migrate()); remove the property or set it to false");
        }
    }
}
