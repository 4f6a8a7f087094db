package io.hybriddal.dal;

import java.util.List;
import java.util.Optional;

/**
 * A query over one hybrid, from {@link Dal#query(Class)}. Builder methods return this query; it
 * runs on {@link #list()}, {@link #count()}, {@link #first()} or {@link #guids()}. Not
 * thread-safe while being built.
 *
 * @param <T> the hybrid type
 */
public interface Query<T extends DataObject> {

    /** Adds a filter; several are AND-ed. */
    Query<T> where(Filter filter);

    /** Sorts ascending by {@code path}; several keys apply in call order. Nulls first. */
    Query<T> orderBy(String path);

    /** Sorts by {@code path} in {@code order}; several keys apply in call order. */
    Query<T> orderBy(String path, Order order);

    /** Skips the first {@code offset} results. */
    Query<T> offset(int offset);

    /** Returns at most {@code limit} results. */
    Query<T> limit(int limit);

    /** The matching objects, loaded lazily page by page. */
    DataList<T> list();

    /** The number of matching objects (offset and limit applied). */
    int count();

    /** The first matching object. */
    Optional<T> first();

    /** The guids of the matching objects, in result order. */
    List<String> guids();
}
