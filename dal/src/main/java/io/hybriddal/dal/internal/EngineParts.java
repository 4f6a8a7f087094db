package io.hybriddal.dal.internal;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DalAdmin;
import io.hybriddal.dal.internal.admin.EngineAdmin;
import io.hybriddal.dal.internal.dynamic.DynamicCache;
import io.hybriddal.dal.internal.dynamic.DynamicStats;
import io.hybriddal.dal.internal.dynamic.SafeVolatile;
import io.hybriddal.dal.internal.evolve.Migrator;
import io.hybriddal.dal.internal.evolve.ModelRecord;
import io.hybriddal.dal.internal.feed.ChangeFeed;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.object.Liveness;
import io.hybriddal.dal.internal.observe.Tracing;
import io.hybriddal.dal.internal.plan.PlanEngine;
import io.hybriddal.dal.internal.query.QueryService;
import io.hybriddal.dal.internal.read.Documents;
import io.hybriddal.dal.internal.read.LocalResults;
import io.hybriddal.dal.internal.read.NearCache;
import io.hybriddal.dal.internal.read.ObjectLoader;
import io.hybriddal.dal.internal.read.OwnCommits;
import io.hybriddal.dal.internal.write.ObjectWrites;
import io.hybriddal.dal.internal.write.SaveChecks;
import io.hybriddal.dal.internal.write.WriteLimits;
import io.micrometer.core.instrument.FunctionCounter;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The engine's parts, wired once: each gets the narrow collaborators it needs and none sees the
 * engine. Built by {@link DalEngine}, which hands each call to the part that owns it.
 */
final class EngineParts {

    final ModelRecord record;
    final NearCache near;
    final LocalResults results;
    final ObjectLoader loader;
    final ObjectWrites writes;
    final QueryService queries;
    final ChangeFeed feed;
    final PlanEngine plans;
    final Migrator migrator;
    final DalAdmin admin;

    EngineParts(DalConfig config, ModelRegistry registry, SaveChecks checks, StoreHandles stores, Liveness liveness, Dal dal) {
        this.record = new ModelRecord(stores.persistent(), registry.models()); // first: an unreadable record fails build() before other threads start
        Object origin = new Object(); // this Dal's commits, which its caches apply at once (OwnCommits)
        this.near = config.nearCacheSize() > 0 ? new NearCache(stores.persistent(), origin, config.nearCacheSize(),
                config.meterRegistry(), config.nearCacheStaleAfter()) : null;
        this.results = near != null && config.localResultsSize() > 0
                ? new LocalResults(stores.persistent(), origin, config.localResultsSize(), near::serving) : null;
        var persistent = near == null ? stores.persistent() : new OwnCommits(stores.persistent(), origin, near, results);
        Documents documents = new Documents(persistent, near, results);
        Tracing tracing = new Tracing(config.observationRegistry());
        this.migrator = new Migrator(record, List.copyOf(registry.models()), config.migrations(), config.migrationLockLease(), () -> dal);
        SafeVolatile volatileCache = new SafeVolatile(stores.volatileStore());
        FunctionCounter.builder("hybriddal.volatile.failures", volatileCache.failures(), LongAdder::sum)
                .description("volatile-store calls that failed and were served without the cache").register(config.meterRegistry());
        DynamicStats dynamicStats = new DynamicStats(config.meterRegistry(), registry.models());
        DynamicCache dynamics = new DynamicCache(volatileCache, config.clock(), persistent.namespace(), dynamicStats, tracing);
        this.writes = new ObjectWrites(persistent, documents, checks, (model, guid, stored, revision) -> {
            if (near != null) {
                near.committed(model, guid, stored, revision);
            }
            dynamics.invalidateAll(model, guid);
        }, new WriteLimits(config.maxSaveAttempts(), config.maxDocumentBytes()), liveness,
                config.meterRegistry(), tracing, record);
        this.loader = new ObjectLoader(documents, dynamics, writes, config.conflictPolicy(), config.services(),
                (model, source, filter) -> queries().where(model, source, filter), writes);
        this.queries = new QueryService(persistent, near, results, loader, dynamics, volatileCache, writes, liveness,
                config.meterRegistry(), tracing, record);
        this.feed = new ChangeFeed(persistent, (model, filter) -> queries.matcher(model, filter)::test, loader::instance);
        this.plans = new PlanEngine(registry, persistent, documents, loader, writes.guarded(), config.reconcilers(), config.clock(),
                liveness);
        // the admin view hands tools the stores as given, not this process's observing wrapper
        this.admin = new EngineAdmin(registry, stores.persistent(), stores.volatileStore(), config.meterRegistry(), near, dynamics,
                dynamicStats, liveness, plans::lastApplied);
    }

    private QueryService queries() { // the loader's where() is called only after wiring
        return queries;
    }
}
