package io.hybriddal.dal.internal.admin;

import io.hybriddal.dal.AppliedPlan;
import io.hybriddal.dal.CachedDynamic;
import io.hybriddal.dal.ConsistencyReport;
import io.hybriddal.dal.DalAdmin;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.DynamicStatistics;
import io.hybriddal.dal.NearCacheStatus;
import io.hybriddal.dal.StoredDocument;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.dynamic.DynamicCache;
import io.hybriddal.dal.internal.dynamic.DynamicStats;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.object.Liveness;
import io.hybriddal.dal.internal.read.NearCache;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** {@link DalAdmin} over the engine's parts. Reads only (restoring unknown fields touches an unsaved object); thread-safe. */
public final class EngineAdmin implements DalAdmin {

    private final ModelRegistry registry;
    private final Supplier<Optional<AppliedPlan>> lastPlan;
    private final PersistentStore persistent;
    private final VolatileStore volatileStore;
    private final MeterRegistry meters;
    private final NearCache near;
    private final DynamicCache dynamics;
    private final DynamicStats dynamicStats;
    private final Liveness liveness;

    /** @param near null when the near cache is disabled */
    public EngineAdmin(ModelRegistry registry, PersistentStore persistent, VolatileStore volatileStore, MeterRegistry meters,
                       NearCache near, DynamicCache dynamics, DynamicStats dynamicStats,
                       Liveness liveness, Supplier<Optional<AppliedPlan>> lastPlan) {
        this.registry = registry;
        this.persistent = persistent;
        this.volatileStore = volatileStore;
        this.meters = meters;
        this.near = near;
        this.dynamics = dynamics;
        this.dynamicStats = dynamicStats;
        this.liveness = liveness;
        this.lastPlan = lastPlan;
    }

    @Override
    public Optional<AppliedPlan> lastAppliedPlan() {
        liveness.requireOpen();
        return lastPlan.get();
    }

    @Override
    public PersistentStore persistentStore() {
        liveness.requireOpen();
        return persistent;
    }

    @Override
    public VolatileStore volatileStore() {
        liveness.requireOpen();
        return volatileStore;
    }

    @Override
    public MeterRegistry meterRegistry() {
        liveness.requireOpen();
        return meters;
    }

    @Override
    public Optional<NearCacheStatus> nearCache() {
        liveness.requireOpen();
        if (near == null) {
            return Optional.empty();
        }
        Timer lag = meters.find("hybriddal.nearcache.lag").timer();
        boolean lagged = lag != null && lag.count() > 0;
        return Optional.of(new NearCacheStatus(near.hits(), near.misses(),
                near.size(), near.lastRevision(), lag == null ? 0 : lag.count(),
                lagged ? lag.mean(TimeUnit.MILLISECONDS) : null, lagged ? lag.max(TimeUnit.MILLISECONDS) : null,
                near.watchLive()));
    }

    @Override
    public long count(String hybrid) {
        liveness.requireOpen();
        return StoreScan.count(persistent, Keys.objectPrefix(registry.require(hybrid)));
    }

    @Override
    public DynamicStatistics dynamicStatistics(String hybrid, String dynamic) {
        liveness.requireOpen();
        HybridModel model = registry.require(hybrid);
        return dynamicStats.statistics(model.name(), model.requireDynamic(dynamic));
    }

    @Override
    public Optional<CachedDynamic> cachedDynamic(DataObject object, String dynamic) {
        liveness.requireOpen();
        HybridModel model = registry.require(object.hybridName());
        return Optional.ofNullable(dynamics.peek(model, object.getGuid(), model.requireDynamic(dynamic)));
    }

    @Override
    public ConsistencyReport checkConsistency(int examplesPerKind) {
        liveness.requireOpen();
        return ConsistencyCheck.run(persistent, registry, examplesPerKind);
    }

    @Override
    public List<String> storedHybrids() {
        liveness.requireOpen();
        return StoredDocuments.hybrids(persistent);
    }

    @Override
    public Iterable<StoredDocument> storedDocuments(String hybrid) {
        liveness.requireOpen();
        return StoredDocuments.all(persistent, hybrid);
    }

    @Override
    public Optional<StoredDocument> storedDocument(String hybrid, String guid) {
        liveness.requireOpen();
        return StoredDocuments.one(persistent, hybrid, guid);
    }

    @Override
    public void restoreUnknownFields(DataObject unsaved, Map<String, String> fields) {
        liveness.requireOpen();
        UnknownFields.restore(registry, unsaved, fields);
    }
}
