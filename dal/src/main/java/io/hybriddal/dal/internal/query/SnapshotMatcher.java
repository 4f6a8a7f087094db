package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.Filter;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.KeySpaceStates;
import io.hybriddal.dal.spi.PersistentStore;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A {@link Filter} compiled once and tested against single stored versions of objects (the
 * change feed's "matches before or after"): paths across relations read the related objects
 * as stored now, dynamics as the Dal serves them now. Each test is its own run, so an instance
 * may be shared between threads.
 */
final class SnapshotMatcher implements BiPredicate<String, Snapshot> {

    private final PersistentStore store;
    private final ObjectAccess objects;
    private final QueryPlan plan;

    /** @throws io.hybriddal.dal.InvalidQueryException when {@code filter} does not fit {@code model} */
    SnapshotMatcher(PersistentStore store, ObjectAccess objects, HybridModel model, Filter filter) {
        this.store = store;
        this.objects = objects;
        this.plan = QueryPlan.of(model, List.of(FilterCompiler.compile(model, filter)), List.of(), 0, -1,
                KeySpaceStates.ALL_READY); // tests one snapshot: candidates are never fetched
    }

    @Override
    public boolean test(String guid, Snapshot snapshot) {
        RunContext context = new RunContext(store, objects, plan, null);
        context.startPage(List.of(guid), List.of(snapshot));
        return plan.filter().test(new Row(context).at(guid, snapshot));
    }
}
