package io.hybriddal.spring;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.MigrationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code hybriddal.migrate-on-start}: {@link Dal#migrate()} before the Dal bean is handed out. */
final class MigrateOnStart {

    private static final Logger LOG = LoggerFactory.getLogger(MigrateOnStart.class);

    private MigrateOnStart() {
    }

    /**
     * Migrates the stored model when the property asks for it; a migration that fails closes the
     * Dal and fails the start-up with the migration's exception.
     */
    static Dal run(Dal dal, HybridDalProperties properties) {
        if (!properties.isMigrateOnStart()) {
            return dal;
        }
        try {
            MigrationResult result = dal.migrate();
            LOG.info("hybriddal.migrate-on-start: store '{}' migrated in {} ms: migrations {} applied, {} key spaces built, "
                            + "{} dropped, {} documents rewritten", dal.admin().persistentStore().namespace(),
                    result.duration().toMillis(), result.applied(), result.indexesBuilt().size(), result.indexesDropped().size(),
                    result.objectsRewritten());
            return dal;
        } catch (RuntimeException e) {
            dal.close();
            throw e;
        }
    }
}
