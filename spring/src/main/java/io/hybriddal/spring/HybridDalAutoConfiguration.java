package io.hybriddal.spring;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DalBuilder;
import io.hybriddal.dal.Migration;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A {@link Dal} bean, unless the application defines one: stores from {@code hybriddal.persistent}
 * and {@code hybriddal.volatile} (or from a {@link PersistentStore} / {@link VolatileStore} bean, which
 * the Dal then does not close: the context does), the hybrids of the generated index, the context's
 * {@link MeterRegistry}, {@link ObservationRegistry} and {@link Clock} when it has one of each, every
 * {@link Migration} bean, then every {@link DalBuilderCustomizer}. The Dal closes with the context.
 */
@AutoConfiguration
@EnableConfigurationProperties(HybridDalProperties.class)
public class HybridDalAutoConfiguration {

    /**
     * Builds the Dal (opening its stores) and, with {@code hybriddal.migrate-on-start}, migrates the
     * stored model before anything can use it.
     *
     * @throws IllegalArgumentException naming the property when a {@code hybriddal.*} value is out of range
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Dal hybridDal(HybridDalProperties properties, ApplicationContext context,
                         ObjectProvider<PersistentStore> persistentStore, ObjectProvider<VolatileStore> volatileStore,
                         ObjectProvider<MeterRegistry> meterRegistry, ObjectProvider<ObservationRegistry> observationRegistry,
                         ObjectProvider<Clock> clock, ObjectProvider<Migration> migrations,
                         ObjectProvider<DalBuilderCustomizer> customizers) {
        DalBuilder builder = Dal.builder().persistentStore(properties.getPersistent()).volatileStore(properties.getVolatile());
        persistentStore.ifUnique(builder::persistentStore);
        volatileStore.ifUnique(builder::volatileStore);
        if (properties.isScan()) {
            builder.scan(context.getClassLoader());
        }
        meterRegistry.ifUnique(builder::meterRegistry);
        observationRegistry.ifUnique(builder::observationRegistry);
        clock.ifUnique(builder::clock);
        builder.migrations(migrations.orderedStream().toArray(Migration[]::new));
        applyLimits(builder, properties);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return MigrateOnStart.run(builder.build(), properties);
    }

    private static void applyLimits(DalBuilder builder, HybridDalProperties properties) {
        long documentBytes = properties.getMaxDocumentSize().toBytes();
        if (documentBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("hybriddal.max-document-size must be at most 2GB: " + properties.getMaxDocumentSize());
        }
        try {
            builder.conflictPolicy(properties.getConflictPolicy())
                    .nearCacheSize(properties.getNearCacheSize())
                    .localResultsSize(properties.getLocalResultsSize())
                    .maxSaveAttempts(properties.getMaxSaveAttempts())
                    .maxDocumentBytes((int) documentBytes)
                    .migrationLockLease(properties.getMigrationLockLease());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("invalid hybriddal.* property (conflict-policy, near-cache-size, local-results-size, "
                    + "max-save-attempts, max-document-size or migration-lock-lease): " + e.getMessage(), e);
        }
    }
}
