package io.hybriddal.dal;

import java.util.List;

/**
 * An unmodifiable, lazily executed list of objects of one hybrid: a query result, a backref, or
 * the objects of a guid list. It resolves its guids once, on first use, and loads the objects
 * page by page as iteration reaches them, in one multi-get per page; members deleted before
 * their page loads are skipped by iteration. Mutators throw {@link UnsupportedOperationException}.
 * Not thread-safe.
 *
 * <p>Every view of the members follows iteration: {@code stream()} (whose {@code count()} counts
 * what it iterates), {@code forEach}, {@code toArray}, {@code isEmpty}, {@code contains},
 * {@code equals}, {@code hashCode}, {@code toString}, and {@code subList} (a snapshot of the
 * members in the range). Indices are positions in {@link #guids()}: {@link #size()} is the
 * number of guids, an upper bound of the members iterated (it loads nothing); {@link #get(int)}
 * is the member at that position and throws {@link ObjectNotFoundException} when it was deleted;
 * {@code indexOf} and the list iterator's indices are such positions.
 *
 * @param <T> the hybrid type
 */
public interface DataList<T extends DataObject> extends List<T> {

    /** The number of guids: an upper bound of the members, of which iteration skips the deleted ones. */
    @Override
    int size();

    /** The guids of the members, in list order (resolving them if needed). */
    List<String> guids();

    /** True only when a query's guids came from the query cache. */
    boolean fromCache();

    /** The members matching {@code filter}, in this list's order. */
    DataList<T> where(Filter filter);
}
