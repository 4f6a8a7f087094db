package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.KeySpaceStates;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A compiled, immutable query: predicate, order, slice, candidate source, and what the result
 * depends on. Built once per terminal call; safe to run any number of times from any thread.
 *
 * @param text          canonical text of hybrid, filters (with typed values), order, offset and limit
 * @param generations   the generation keys whose revisions key the cached result, sorted:
 *                      {@code g/<hybrid>/*} and one per field read on any path
 * @param readsDynamics whether a path reads a dynamic (then the result is never cached)
 * @param chains        the distinct relation chains crossed, for batched prefetching
 * @param dynamicModels the hybrids whose dynamics are read (identity set)
 * @param candidates    the candidate source, or null to scan every object
 * @param limit         the maximum number of results, or -1 for all
 */
record QueryPlan(HybridModel model, Node filter, List<SortKey> order, int offset, int limit, String text,
                 List<String> generations, boolean readsDynamics, List<List<RelationModel>> chains,
                 Set<HybridModel> dynamicModels, CandidatePlan candidates) {

    /** @param spaces which key spaces may serve candidates */
    static QueryPlan of(HybridModel model, List<FilterCompiler.Compiled> filters, List<SortKey> order, int offset, int limit,
                        KeySpaceStates spaces) {
        List<ResolvedPath> paths = new ArrayList<>();
        StringBuilder text = new StringBuilder(128).append("hybrid ").append(model.name()).append("\nwhere ");
        List<Node> nodes = new ArrayList<>(filters.size());
        for (FilterCompiler.Compiled f : filters) {
            nodes.add(f.node());
            paths.addAll(f.paths());
            text.append(f.canonical()).append(" & ");
        }
        text.append("\norder ");
        for (SortKey key : order) {
            paths.add(key.path());
            text.append(key.canonical()).append(", ");
        }
        text.append("\noffset ").append(offset).append("\nlimit ").append(limit);
        Node filter = nodes.isEmpty() ? Node.True.INSTANCE : nodes.size() == 1 ? nodes.get(0) : new Node.All(List.copyOf(nodes));

        Set<String> generations = new TreeSet<>();
        generations.add(Keys.membershipGeneration(model));
        Set<List<RelationModel>> chains = new LinkedHashSet<>();
        Set<HybridModel> dynamicModels = Collections.newSetFromMap(new IdentityHashMap<>(2)); // few, if any: not 64 slots
        boolean readsDynamics = false;
        for (ResolvedPath p : paths) {
            generations.addAll(p.generations());
            if (!p.hops().isEmpty()) {
                chains.add(p.hops());
            }
            if (p.readsDynamic()) {
                readsDynamics = true;
                dynamicModels.add(p.leaf());
            }
        }
        return new QueryPlan(model, filter, List.copyOf(order), offset, limit, text.toString(), List.copyOf(generations),
                readsDynamics, List.copyOf(chains), Collections.unmodifiableSet(dynamicModels),
                CandidatePlanner.plan(model, filter, spaces));
    }

    /** Whether results are kept in the query cache. */
    boolean cacheable() {
        return !readsDynamics;
    }
}
