package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.KeySpaceStates;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A compiled, immutable query: predicate, order, slice, candidate source, and what the result
 * depends on. Built once per run that is not a hit on this process's copy of results; safe to
 * run any number of times from any thread.
 *
 * @param key           the result's name and dependencies
 * @param chains        the distinct relation chains crossed, for batched prefetching
 * @param dynamicModels the hybrids whose dynamics are read (identity set)
 * @param candidates    the candidate source, or null to scan every object
 * @param limit         the maximum number of results, or -1 for all
 */
record QueryPlan(HybridModel model, Node filter, List<SortKey> order, int offset, int limit, QueryKey key,
                 List<List<RelationModel>> chains, Set<HybridModel> dynamicModels, CandidatePlan candidates) {

    /** @param spaces which key spaces may serve candidates */
    static QueryPlan of(HybridModel model, List<FilterCompiler.Compiled> filters, List<SortKey> order, int offset, int limit,
                        KeySpaceStates spaces) {
        return of(QueryKey.of(model, filters, order, offset, limit), model, filters, order, offset, limit, spaces);
    }

    /** The plan of {@code key}, which {@link QueryKey#of} built from the same arguments. */
    static QueryPlan of(QueryKey key, HybridModel model, List<FilterCompiler.Compiled> filters, List<SortKey> order,
                        int offset, int limit, KeySpaceStates spaces) {
        List<ResolvedPath> paths = new ArrayList<>();
        List<Node> nodes = new ArrayList<>(filters.size());
        for (FilterCompiler.Compiled f : filters) {
            nodes.add(f.node());
            paths.addAll(f.paths());
        }
        for (SortKey sortKey : order) {
            paths.add(sortKey.path());
        }
        Node filter = nodes.isEmpty() ? Node.True.INSTANCE : nodes.size() == 1 ? nodes.get(0) : new Node.All(List.copyOf(nodes));
        Set<List<RelationModel>> chains = new LinkedHashSet<>();
        Set<HybridModel> dynamicModels = Collections.newSetFromMap(new IdentityHashMap<>(2)); // few, if any: not 64 slots
        for (ResolvedPath p : paths) {
            if (!p.hops().isEmpty()) {
                chains.add(p.hops());
            }
            if (p.readsDynamic()) {
                dynamicModels.add(p.leaf());
            }
        }
        return new QueryPlan(model, filter, List.copyOf(order), offset, limit, key, List.copyOf(chains),
                Collections.unmodifiableSet(dynamicModels), CandidatePlanner.plan(model, filter, spaces));
    }

    /** Canonical text of hybrid, filters (with typed values), order, offset and limit. */
    String text() {
        return key.text();
    }

    /** The generation keys whose revisions key the cached result, sorted. */
    List<String> generations() {
        return key.generations();
    }

    /** Whether results are kept in the query cache. */
    boolean cacheable() {
        return key.cacheable();
    }
}
