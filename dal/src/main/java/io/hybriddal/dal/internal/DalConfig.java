package io.hybriddal.dal.internal;

import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Migration;
import io.hybriddal.dal.Reconciler;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link io.hybriddal.dal.DalBuilder} collected. A store instance, when given, wins over its URI.
 *
 * @param metersGiven whether {@code meterRegistry} is the user's (then store calls are metered) or a private default
 */
public record DalConfig(
        String persistentUri,
        PersistentStore persistentStore,
        String volatileUri,
        VolatileStore volatileStore,
        List<Class<? extends DataObject>> hybrids,
        Clock clock,
        ConflictPolicy conflictPolicy,
        int maxSaveAttempts,
        long nearCacheSize,
        Duration nearCacheStaleAfter,
        MeterRegistry meterRegistry,
        boolean metersGiven,
        ObservationRegistry observationRegistry,
        int maxDocumentBytes,
        Map<Class<?>, Object> services,
        List<Migration> migrations,
        Duration migrationLockLease,
        Map<Class<?>, Reconciler<?>> reconcilers,
        long localResultsSize) {
}
