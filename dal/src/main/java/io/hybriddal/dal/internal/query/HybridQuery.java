package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.Order;
import io.hybriddal.dal.Query;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link Query} being built. Each filter and order key is compiled (and checked) as it is
 * added, so an invalid one fails at the call that adds it; each terminal call freezes the
 * builder's state into a {@link QueryPlan}. Not thread-safe while being built.
 */
final class HybridQuery<T extends DataObject> implements Query<T> {

    private final QueryService service;
    private final HybridModel model;
    private final List<FilterCompiler.Compiled> filters = new ArrayList<>();
    private final List<SortKey> order = new ArrayList<>();
    private int offset;
    private int limit = -1;
    private Consumer<? super CorruptDataException> skipped;

    HybridQuery(QueryService service, HybridModel model) {
        this.service = service;
        this.model = model;
    }

    @Override
    public Query<T> where(Filter filter) {
        filters.add(FilterCompiler.compile(model, Objects.requireNonNull(filter, "filter")));
        return this;
    }

    @Override
    public Query<T> orderBy(String path) {
        return orderBy(path, Order.ASC);
    }

    @Override
    public Query<T> orderBy(String path, Order order) {
        this.order.add(SortKey.compile(model, path, order));
        return this;
    }

    @Override
    public Query<T> offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        this.offset = offset;
        return this;
    }

    @Override
    public Query<T> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        this.limit = limit;
        return this;
    }

    @Override
    public Query<T> skipCorrupt(Consumer<? super CorruptDataException> skipped) {
        this.skipped = Objects.requireNonNull(skipped, "skipped");
        return this;
    }

    /**
     * The query as it is now, run when the supplier is asked: planned only if the result is not a
     * hit on this process's copy of results.
     */
    private Supplier<QueryService.Result> frozen() {
        List<FilterCompiler.Compiled> filters = List.copyOf(this.filters);
        List<SortKey> order = List.copyOf(this.order);
        int offset = this.offset;
        int limit = this.limit;
        Consumer<? super CorruptDataException> onCorrupt = skipped;
        return () -> {
            QueryKey key = QueryKey.of(model, filters, order, offset, limit);
            return service.execute(key, () -> QueryPlan.of(key, model, filters, order, offset, limit, service.spaces()), onCorrupt);
        };
    }

    /** Runs when the list is first used (size, iteration, guids, fromCache). */
    @Override
    public DataList<T> list() {
        service.requireOpen();
        return service.list(model, new ResultSource(frozen()));
    }

    @Override
    public int count() {
        return frozen().get().guids().size();
    }

    /** The first result that still exists when it is loaded. */
    @Override
    public Optional<T> first() {
        Iterator<T> members = list().iterator();
        return members.hasNext() ? Optional.of(members.next()) : Optional.empty();
    }

    @Override
    public List<String> guids() {
        return frozen().get().guids();
    }

    @Override
    public String toString() {
        return QueryKey.of(model, filters, order, offset, limit).text();
    }
}
