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
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A {@link DataList} that resolves its guids on first use and loads members one page at a time
 * (one multi-get per page) as they are reached. {@link #size()} counts the guids; iteration
 * skips members deleted before their page loaded, and {@link #get(int)} reports them with
 * {@link ObjectNotFoundException}. Not thread-safe.
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
    }

    private final String hybrid;
    private final GuidSource source;
    private final Function<List<String>, Map<String, DataObject>> loader;
    private final Function<Filter, DataList<T>> refine;
    private List<String> guids;
    private boolean fromCache;
    private Object[] members;
    private boolean[] pageLoaded;

    /**
     * @param hybrid the hybrid name, for messages
     * @param loader loads the objects of a page of guids (missing ones left out)
     * @param refine builds {@link #where} results from this list's guids
     */
    public LazyDataList(String hybrid, GuidSource source, Function<List<String>, Map<String, DataObject>> loader,
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

    @Override
    public int size() {
        resolve();
        return guids.size();
    }

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
            Map<String, DataObject> loaded = loader.apply(pageGuids);
            for (int i = 0; i < pageGuids.size(); i++) {
                members[from + i] = loaded.get(pageGuids.get(i));
            }
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
        resolve();
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < guids.size() && memberOrNull(i) == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < guids.size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T member = memberOrNull(next);
                next = advance(next + 1);
                return member;
            }
        };
    }
}
