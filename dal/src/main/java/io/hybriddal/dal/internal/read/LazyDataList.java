package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.ObjectNotFoundException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;

/**
 * A {@link DataList} that resolves its guids on first use and loads members one page at a time
 * (one multi-get per page) as they are reached. Members deleted before their page loaded are
 * skipped by iteration, and every view of the members follows iteration: {@link #stream()},
 * {@link #spliterator()} (not {@code SIZED}, so {@code count()} counts what it iterates),
 * {@code forEach}, {@code toArray}, {@link #isEmpty()}, {@code contains}, {@link #equals},
 * {@code hashCode}, {@code toString} and {@link #subList} (a snapshot of the members in the
 * range). Positions are those of {@link #guids()}: {@link #size()} is the number of resolved
 * guids, an upper bound of the members iteration yields; {@link #get(int)} is the member at that
 * position, or {@link ObjectNotFoundException} when it was deleted; {@link #indexOf} and
 * {@link #listIterator}'s indices are such positions (the list iterator skips deleted members
 * too). Not thread-safe.
 */
public final class LazyDataList<T extends DataObject> extends AbstractList<T> implements DataList<T> {

    /** Members loaded per multi-get. */
    public static final int PAGE = 100;

    /** Where the guids come from, and whether from the query cache. */
    public interface GuidSource {
        List<String> guids();

        default boolean fromCache() {
            return false;
        }

        /** The kept list whose guids {@link #guids()} returned (its members' snapshots may be reused), or null; asked once, after it. */
        default Kept kept() {
            return null;
        }
    }

    /** Loads the members of one page. */
    @FunctionalInterface
    public interface PageLoader {
        /**
         * The objects of {@code guids} (positions {@code from} on of the list), aligned with them,
         * null where one is missing; {@code kept} as {@link GuidSource#kept()} gave it.
         */
        DataObject[] load(Kept kept, int from, List<String> guids);
    }

    private final String hybrid;
    private final GuidSource source;
    private final PageLoader loader;
    private final Function<Filter, DataList<T>> refine;
    private List<String> guids;
    private boolean fromCache;
    private Kept kept;
    private Object[] members;
    private boolean[] pageLoaded;

    /**
     * @param hybrid the hybrid name, for messages
     * @param loader loads the objects of a page of guids (null where one is missing)
     * @param refine builds {@link #where} results from this list's guids
     */
    public LazyDataList(String hybrid, GuidSource source, PageLoader loader,
                        Function<Filter, DataList<T>> refine) {
        this.hybrid = hybrid;
        this.source = source;
        this.loader = loader;
        this.refine = refine;
    }

    private void resolve() {
        if (guids == null) {
            List<String> resolved = List.copyOf(source.guids());
            fromCache = source.fromCache();
            kept = source.kept();
            members = new Object[resolved.size()];
            pageLoaded = new boolean[(resolved.size() + PAGE - 1) / PAGE];
            guids = resolved;
        }
    }

    @Override
    public List<String> guids() {
        resolve();
        return guids;
    }

    @Override
    public boolean fromCache() {
        resolve();
        return fromCache;
    }

    @Override
    public DataList<T> where(Filter filter) {
        return refine.apply(filter);
    }

    /** The number of resolved guids: an upper bound of the members, whose deleted ones iteration skips. */
    @Override
    public int size() {
        resolve();
        return guids.size();
    }

    /** True when iteration yields no member (loading pages until it finds one). */
    @Override
    public boolean isEmpty() {
        return !iterator().hasNext();
    }

    /** The member at position {@code index} of {@link #guids()}; {@link ObjectNotFoundException} when it was deleted. */
    @Override
    public T get(int index) {
        T member = memberOrNull(index);
        if (member == null) {
            throw new ObjectNotFoundException(hybrid + " " + guids.get(index) + " (member " + index + " of this list) was deleted");
        }
        return member;
    }

    @SuppressWarnings("unchecked")
    private T memberOrNull(int index) {
        resolve();
        if (index < 0 || index >= guids.size()) {
            throw new IndexOutOfBoundsException("index " + index + " of a list of " + guids.size());
        }
        int page = index / PAGE;
        if (!pageLoaded[page]) {
            int from = page * PAGE;
            List<String> pageGuids = guids.subList(from, Math.min(from + PAGE, guids.size()));
            System.arraycopy(loader.load(kept, from, pageGuids), 0, members, from, pageGuids.size());
            pageLoaded[page] = true;
        }
        return (T) members[index];
    }

    /** The members loaded so far (for saveRecursive). */
    @SuppressWarnings("unchecked")
    public List<T> loadedMembers() {
        if (members == null) {
            return Collections.emptyList();
        }
        List<T> loaded = new ArrayList<>();
        for (Object m : members) {
            if (m != null) {
                loaded.add((T) m);
            }
        }
        return loaded;
    }

    @Override
    public Iterator<T> iterator() {
        return listIterator(0);
    }

    /** Iterates the members from position {@code index}, skipping deleted ones; indices are positions in {@link #guids()}. */
    @Override
    public ListIterator<T> listIterator(int index) {
        resolve();
        if (index < 0 || index > guids.size()) {
            throw new IndexOutOfBoundsException("index " + index + " of a list of " + guids.size());
        }
        return new MemberIterator(index);
    }

    @Override
    public Spliterator<T> spliterator() {
        return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
    }

    /** The members at positions {@code from} to {@code to - 1} that exist, loaded now, unmodifiable. */
    @Override
    public List<T> subList(int from, int to) {
        resolve();
        if (from < 0 || to > guids.size() || from > to) {
            throw new IndexOutOfBoundsException("subList(" + from + ", " + to + ") of a list of " + guids.size());
        }
        List<T> members = new ArrayList<>();
        ListIterator<T> it = listIterator(from);
        while (it.hasNext() && it.nextIndex() < to) {
            members.add(it.next());
        }
        return Collections.unmodifiableList(members);
    }

    /** Equal to a list with the same members, in the same order, as iteration yields. */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof List<?> list)) {
            return false;
        }
        Iterator<T> mine = iterator();
        Iterator<?> theirs = list.iterator();
        while (mine.hasNext() && theirs.hasNext()) {
            if (!mine.next().equals(theirs.next())) {
                return false;
            }
        }
        return !mine.hasNext() && !theirs.hasNext();
    }

    @Override
    public int hashCode() {
        return super.hashCode(); // over iteration, as equals
    }

    /** A list iterator over the members, skipping deleted ones; its indices are positions in {@link #guids()}. */
    private final class MemberIterator implements ListIterator<T> {

        /** The position next() starts looking from, and previous() below. */
        private int cursor;

        MemberIterator(int cursor) {
            this.cursor = cursor;
        }

        @Override
        public boolean hasNext() {
            return nextIndex() < guids.size();
        }

        @Override
        public T next() {
            int i = nextIndex();
            if (i >= guids.size()) {
                throw new NoSuchElementException();
            }
            cursor = i + 1;
            return memberOrNull(i);
        }

        @Override
        public int nextIndex() {
            int i = cursor;
            while (i < guids.size() && memberOrNull(i) == null) {
                i++;
            }
            cursor = i;
            return i;
        }

        @Override
        public boolean hasPrevious() {
            return previousIndex() >= 0;
        }

        @Override
        public T previous() {
            int i = previousIndex();
            if (i < 0) {
                throw new NoSuchElementException();
            }
            cursor = i;
            return memberOrNull(i);
        }

        @Override
        public int previousIndex() {
            int i = cursor - 1;
            while (i >= 0 && memberOrNull(i) == null) {
                i--;
            }
            return i;
        }

        @Override
        public void remove() {
            throw new UnsupportedOperationException("a DataList is unmodifiable");
        }

        @Override
        public void set(T member) {
            throw new UnsupportedOperationException("a DataList is unmodifiable");
        }

        @Override
        public void add(T member) {
            throw new UnsupportedOperationException("a DataList is unmodifiable");
        }
    }
}
