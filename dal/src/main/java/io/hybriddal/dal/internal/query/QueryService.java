package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.Query;
import io.hybriddal.dal.internal.dynamic.SafeVolatile;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.KeySpaceStates;
import io.hybriddal.dal.internal.object.HybridProxy;
import io.hybriddal.dal.internal.object.InstanceDynamics;
import io.hybriddal.dal.internal.object.Liveness;
import io.hybriddal.dal.internal.observe.Tracing;
import io.hybriddal.dal.internal.read.Kept;
import io.hybriddal.dal.internal.read.LazyDataList;
import io.hybriddal.dal.internal.read.LocalResults;
import io.hybriddal.dal.internal.read.NearCache;
import io.hybriddal.dal.internal.read.ObjectLoader;
import io.hybriddal.dal.internal.read.PendingWrites;
import io.hybriddal.dal.spi.PersistentStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query engine of one Dal: builds {@link Query}s and {@link DataList#where} results, runs
 * compiled plans, and keeps their results in the query cache. Inside a transaction a run sees
 * the transaction's pending writes and bypasses the query cache. Each computed run is observed
 * ({@link Tracing#QUERY}); a query-cache hit only counts. Thread-safe.
 */
public final class QueryService {

    private static final Logger LOG = LoggerFactory.getLogger(QueryService.class);

    private final ObjectLoader loader;
    private final PendingWrites.View transactions;
    private final Liveness liveness;
    private final QueryExecutor executor;
    private final QueryCache cache;
    private final LocalResults local;
    private final PersistentStore store;
    private final ObjectAccess objects;
    private final Tracing tracing;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final KeySpaceStates spaces;
    private final NearCache near;

    /**
     * @param near          the near cache (offered what queries read), or null when disabled
     * @param local         this process's copy of results in front of the query cache, or null when disabled
     * @param volatileStore the volatile store as a cache whose failures are misses
     * @param transactions  the calling thread's pending writes, which runs see
     * @param liveness      refuses runs once the Dal is closed
     * @param meters        where query-cache hits and misses are counted
     * @param tracing       observes each computed run
     * @param spaces        which key spaces may serve candidates
     */
    public QueryService(PersistentStore store, NearCache near, LocalResults local, ObjectLoader loader, InstanceDynamics dynamics,
                        SafeVolatile volatileStore, PendingWrites.View transactions, Liveness liveness, MeterRegistry meters,
                        Tracing tracing, KeySpaceStates spaces) {
        this.tracing = tracing;
        this.spaces = spaces;
        this.near = near;
        FunctionCounter.builder("hybriddal.querycache.hits", hits, LongAdder::sum)
                .description("query results served from the query cache (this process's copy or the shared one)").register(meters);
        FunctionCounter.builder("hybriddal.querycache.misses", misses, LongAdder::sum)
                .description("cacheable query results computed because the query cache did not hold them").register(meters);
        this.loader = loader;
        this.transactions = transactions;
        this.liveness = liveness;
        this.store = store;
        this.local = local;
        this.objects = new ObjectAccess() {
            @Override
            public Map<String, DataObject> load(HybridModel model, List<String> guids) {
                return QueryService.this.load(model, guids);
            }

            @Override
            public Object dynamic(DataObject object, DynamicModel dynamic) {
                return dynamics.get(((HybridProxy) object).$$hybridState(), dynamic);
            }
        };
        this.executor = new QueryExecutor(store, objects, near == null ? CandidateSnapshots.NONE : new CandidateSnapshots() {
            @Override
            public Snapshot cached(HybridModel model, String guid) {
                return near.get(model, guid);
            }

            @Override
            public long readStart() {
                return near.lastRevision();
            }

            @Override
            public void fetched(String guid, Snapshot snapshot, long since) {
                near.offer(guid, snapshot, since);
            }

            @Override
            public boolean current() {
                return near.current();
            }
        });
        this.cache = new QueryCache(volatileStore, store, store.namespace());
    }

    KeySpaceStates spaces() {
        return spaces;
    }

    /** @throws IllegalStateException once the Dal is closed */
    void requireOpen() {
        liveness.requireOpen();
    }

    /** A new query over {@code model} (the registered model of {@code type}). */
    public <T extends DataObject> Query<T> query(Class<T> type, HybridModel model) {
        return new HybridQuery<>(this, model);
    }

    /**
     * {@code filter} compiled for testing single stored versions of {@code model}'s objects (the
     * change feed's filter); thread-safe.
     *
     * @throws io.hybriddal.dal.InvalidQueryException when the filter does not fit the hybrid
     */
    public BiPredicate<String, Snapshot> matcher(HybridModel model, Filter filter) {
        return new SnapshotMatcher(store, objects, model, filter);
    }

    /**
     * The members of a list (its guids from {@code within}, read when the result is first used)
     * matching {@code filter}, in the list's order. Checked now; never cached.
     */
    public <T extends DataObject> DataList<T> where(HybridModel model, LazyDataList.GuidSource within, Filter filter) {
        QueryPlan plan = QueryPlan.of(model, List.of(FilterCompiler.compile(model, filter)), List.of(), 0, -1, spaces);
        return list(model, new ResultSource(() -> {
            liveness.requireOpen();
            List<String> guids = within.guids();
            PendingWrites tx = transactions.current();
            if (!tracing.on()) {
                return new Result(executor.runWithin(plan, guids, tx), false, null);
            }
            return new Result(observed(plan, "bypass", () -> executor.runWithin(plan, guids, tx)), false, null);
        }));
    }

    /**
     * The result of the query {@code key} names: from the query cache when it may be, else
     * computed (and cached unless it left out corrupt documents). Its plan is asked of
     * {@code planned} only when it is computed: a hit does not plan.
     *
     * @param skipped told of each object left out for a corrupt document, or null to fail on the first
     */
    Result execute(QueryKey key, Supplier<QueryPlan> planned, Consumer<? super CorruptDataException> skipped) {
        liveness.requireOpen();
        PendingWrites tx = transactions.current();
        if (tx != null) {
            return new Result(run(planned.get(), tx, skipped, "bypass").guids(), false, null); // a transaction's view is its own: never cached
        }
        if (!key.cacheable()) {
            QueryPlan plan = planned.get();
            long stamp = handOverStamp(plan); // before the run reads the near cache
            return handOver(run(plan, null, skipped, "bypass"), stamp, null);
        }
        Kept kept = local == null ? null : local.getIfValid(key.text(), key.generations());
        if (kept != null) {
            hits.increment();
            return new Result(kept.guids(), true, kept);
        }
        // the generations are read before computing: a commit landing meanwhile moves them on,
        // so what is computed now is stored under keys no later lookup will compute
        long[] generations = local == null ? cache.generations(key) : local.read(key.generations());
        String cacheKey = cache.key(key, generations);
        List<String> cached = cache.get(cacheKey);
        if (cached != null) {
            hits.increment();
            if (LOG.isDebugEnabled()) {
                LOG.debug("query {}: {} guids from the query cache", key.text(), cached.size());
            }
            return new Result(cached, true, keep(key, generations, cached));
        }
        misses.increment();
        QueryPlan plan = planned.get();
        long stamp = handOverStamp(plan); // before the run reads the near cache
        boolean[] incomplete = {false};
        QueryExecutor.Computed computed = run(plan, null, skipped == null ? null : e -> {
            incomplete[0] = true;
            skipped.accept(e);
        }, "miss");
        if (!incomplete[0]) { // a result without the skipped objects would hide them from runs that must fail
            cache.put(cacheKey, computed.guids());
            return handOver(computed, stamp, keep(key, generations, computed.guids()));
        }
        return handOver(computed, stamp, null);
    }

    /**
     * The near cache's change counter of the plan's hybrid when a run's members may be handed to
     * its list ({@link #handOver}), else -1 (counters only grow from 0): only index candidates,
     * whose snapshots the near cache gave or was offered, so that a kept page is exactly what it
     * would give while the counter stays; never while it does not serve.
     */
    private long handOverStamp(QueryPlan plan) {
        return near != null && plan.candidates() != null && near.serving() ? near.stamp(plan.model()) : -1;
    }

    /**
     * The computed result; with a {@code stamp}, the snapshots its members matched as are kept
     * for its lazy list in {@code kept} (a new list when null), so loading them looks nothing up.
     */
    private Result handOver(QueryExecutor.Computed computed, long stamp, Kept kept) {
        if (stamp < 0) {
            return new Result(computed.guids(), false, kept);
        }
        Kept handed = kept == null ? Kept.of(computed.guids()) : kept;
        handed.keepAll(stamp, computed.snapshots());
        return new Result(computed.guids(), false, handed);
    }

    /** Computes the plan's result, observed; {@code cache}: why the query cache did not answer ({@code miss}, {@code bypass}). */
    private QueryExecutor.Computed run(QueryPlan plan, PendingWrites tx, Consumer<? super CorruptDataException> skipped, String cache) {
        return tracing.on() ? observed(plan, cache, () -> executor.run(plan, tx, skipped)) : executor.run(plan, tx, skipped);
    }

    private <R> R observed(QueryPlan plan, String cache, Supplier<R> run) {
        String hybrid = plan.model().name();
        return tracing.of(Tracing.QUERY, "query " + hybrid, hybrid).lowCardinalityKeyValue("cache", cache).observe(run);
    }

    /** Keeps the result in this process's copy; returns it as kept, or null without a local copy. */
    private Kept keep(QueryKey key, long[] generations, List<String> guids) {
        return local == null ? null : local.put(key.text(), generations, guids);
    }

    /** A lazy list over {@code source}; its own {@code where} filters within its resolved guids. */
    <T extends DataObject> DataList<T> list(HybridModel model, LazyDataList.GuidSource source) {
        @SuppressWarnings("unchecked")
        LazyDataList<T>[] self = new LazyDataList[1];
        self[0] = new LazyDataList<>(model.name(), source, (kept, from, guids) -> loader.loadPage(model, kept, from, guids),
                filter -> where(model, () -> self[0].guids(), filter));
        return self[0];
    }

    /** The instances of {@code guids}, missing ones left out, through the Dal (one multi-get per page). */
    private Map<String, DataObject> load(HybridModel model, List<String> guids) {
        Map<String, DataObject> objects = new LinkedHashMap<>();
        for (int from = 0; from < guids.size(); from += LazyDataList.PAGE) {
            List<String> page = guids.subList(from, Math.min(from + LazyDataList.PAGE, guids.size()));
            for (DataObject o : loader.loadPage(model, null, from, page)) {
                if (o != null) {
                    objects.put(o.getGuid(), o);
                }
            }
        }
        return objects;
    }

    /** The guids of a run, whether they came from the query cache, and the local copy they are kept as (or null). */
    record Result(List<String> guids, boolean fromCache, Kept kept) {
    }
}
