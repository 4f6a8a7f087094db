package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What names a query's result and what the result depends on: all a query-cache lookup needs.
 * Built before the {@link QueryPlan}, which only a run needs, so that a hit on this process's
 * copy of results does not plan. Immutable.
 *
 * @param text          canonical text of hybrid, filters (with typed values), order, offset and limit
 * @param generations   the generation keys whose revisions key the cached result, sorted:
 *                      {@code g/<hybrid>/*} and one per field read on any path
 * @param readsDynamics whether a path reads a dynamic (then the result is never cached)
 */
record QueryKey(String text, List<String> generations, boolean readsDynamics) {

    static QueryKey of(HybridModel model, List<FilterCompiler.Compiled> filters, List<SortKey> order, int offset, int limit) {
        StringBuilder text = new StringBuilder(128).append("hybrid ").append(model.name()).append("\nwhere ");
        for (FilterCompiler.Compiled f : filters) {
            text.append(f.canonical()).append(" & ");
        }
        text.append("\norder ");
        for (SortKey key : order) {
            text.append(key.canonical()).append(", ");
        }
        text.append("\noffset ").append(offset).append("\nlimit ").append(limit);
        if (order.isEmpty() && filters.size() == 1 && filters.get(0).paths().size() == 1) {
            ResolvedPath only = filters.get(0).paths().get(0); // the common query: its generations were sorted once, with the path
            return new QueryKey(text.toString(), only.keyGenerations(), only.readsDynamic());
        }
        Set<String> generations = new TreeSet<>();
        generations.add(Keys.membershipGeneration(model));
        boolean readsDynamics = false;
        for (FilterCompiler.Compiled f : filters) {
            for (ResolvedPath p : f.paths()) {
                generations.addAll(p.generations());
                readsDynamics |= p.readsDynamic();
            }
        }
        for (SortKey key : order) {
            generations.addAll(key.path().generations());
            readsDynamics |= key.path().readsDynamic();
        }
        return new QueryKey(text.toString(), List.copyOf(generations), readsDynamics);
    }

    /** Whether results are kept in the query cache. */
    boolean cacheable() {
        return !readsDynamics;
    }
}
