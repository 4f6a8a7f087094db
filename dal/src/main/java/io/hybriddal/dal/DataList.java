package io.hybriddal.dal;

import java.util.List;

/**
 * An unmodifiable, lazily executed list of objects of one hybrid: a query result, a backref, or
 * the objects of a guid list. It resolves its guids once, on first use, and loads the objects
 * page by page as iteration reaches them, in one multi-get per page; members deleted before
 * their page loads are skipped by iteration. Mutators throw {@link UnsupportedOperationException}.
 * Not thread-safe.
 *
 * @param <T> the hybrid type
 */
public interface DataList<T extends DataObject> extends List<T> {

    /** The guids of the members, in list order (resolving them if needed). */
    List<String> guids();

    /** True only when a query's guids came from the query cache. */
    boolean fromCache();

    /** The members matching {@code filter}, in this list's order. */
    DataList<T> where(Filter filter);
}
