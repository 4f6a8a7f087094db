package io.hybriddal.dal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A query over one hybrid, from {@link Dal#query(Class)}. Builder methods return this query; it
 * runs on {@link #list()}, {@link #count()}, {@link #first()} or {@link #guids()}. Not
 * thread-safe while being built.
 *
 * <p>A run that meets a stored document it cannot decode fails with a
 * {@link CorruptDataException} naming the document's key, unless {@link #skipCorrupt} asked to
 * leave such objects out.
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

    /**
     * Leaves out the objects whose stored documents cannot be decoded instead of failing the run,
     * and tells {@code skipped} of each: a tool listing a store can go on past one corrupt
     * document and count or log them. An object is left out when its own document is corrupt, or
     * a related document its filter or order reads is; {@code skipped} receives the
     * {@link CorruptDataException} naming that document's key, once per object left out, on the
     * thread running the query (for {@link #list()}, the one that first uses the list), before the
     * result is returned. A result that left objects out is never put in the query cache; one taken
     * from it left nothing out. Applies to the terminal calls made after it.
     *
     * <p>Only the run is covered: the members of {@link #list()} are read when used, and a
     * document corrupted after the run fails then, as {@link Dal#get} does.
     *
     * @param skipped told of each object left out, not null; what it throws ends the run
     */
    Query<T> skipCorrupt(Consumer<? super CorruptDataException> skipped);

    /** The matching objects, loaded lazily page by page. */
    DataList<T> list();

    /** The number of matching objects (offset and limit applied). */
    int count();

    /** The first matching object. */
    Optional<T> first();

    /** The guids of the matching objects, in result order. */
    List<String> guids();
}
