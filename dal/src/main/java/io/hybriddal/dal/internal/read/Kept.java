package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.internal.codec.Snapshot;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A guid list kept by {@link LocalResults}, with the snapshots its members' pages were last
 * loaded from, each page with the near cache's change stamp of the members' hybrid read before
 * its snapshots were gathered ({@link NearCache#stamp}). While that stamp has not moved, the
 * near cache would answer the page with the very same snapshots, so they are reused without a
 * lookup per member: a hit on a kept list then costs no hashing of its members' guids. The list
 * does not track its members' changes (a query on one field is not invalidated by a change of
 * another); the stamp does. Thread-safe: a page's snapshots are replaced whole.
 */
public final class Kept {

    private record Page(long stamp, Snapshot[] snapshots) {
    }

    private static final long[] NOT_KEPT = new long[0];

    /** No guids. */
    static final Kept NONE = new Kept(List.of());

    private final List<String> guids;
    /**
     * The revisions of the generation keys the list was computed at, when {@link LocalResults}
     * keeps it (empty otherwise): kept here, not beside it, so a hit on a kept list loads one
     * object less, each a cold cache line when one of thousands of lists is picked at random.
     */
    final long[] revisions;
    /** The first page, in a field of its own: most lists have one, and a hit then skips the array. */
    private volatile Page first;
    /** Pages 1 on; null for a list of one page. */
    private final AtomicReferenceArray<Page> rest;

    Kept(List<String> guids) {
        this(guids, NOT_KEPT);
    }

    Kept(List<String> guids, long[] revisions) {
        this.guids = guids;
        this.revisions = revisions;
        int pages = (guids.size() + LazyDataList.PAGE - 1) / LazyDataList.PAGE;
        this.rest = pages > 1 ? new AtomicReferenceArray<>(pages - 1) : null;
    }

    /**
     * A list no {@link LocalResults} keeps: only to hand the snapshots a query run matched to the
     * lazy list of its result ({@link #keepAll}), so its members are not looked up again.
     *
     * @param guids immutable
     */
    public static Kept of(List<String> guids) {
        return new Kept(guids);
    }

    /** The guids, immutable. */
    public List<String> guids() {
        return guids;
    }

    /** The snapshots of page {@code page} (of {@link LazyDataList#PAGE} guids) if gathered at {@code stamp}, else null. */
    Snapshot[] snapshots(int page, long stamp) {
        Page p = page == 0 ? first : rest.get(page - 1);
        return p != null && p.stamp == stamp ? p.snapshots : null;
    }

    /**
     * Keeps the snapshots of every page, aligned with the guids (null for a member found gone),
     * gathered after {@code stamp} was read ({@link NearCache#stamp}).
     */
    public void keepAll(long stamp, Snapshot[] snapshots) {
        for (int page = 0, from = 0; from < snapshots.length; page++, from += LazyDataList.PAGE) {
            int to = Math.min(from + LazyDataList.PAGE, snapshots.length);
            keep(page, stamp, from == 0 && to == snapshots.length ? snapshots : Arrays.copyOfRange(snapshots, from, to));
        }
    }

    /** Keeps the snapshots of page {@code page} (null for a member found gone), gathered after {@code stamp} was read. */
    void keep(int page, long stamp, Snapshot[] snapshots) {
        Page p = new Page(stamp, snapshots);
        if (page == 0) {
            first = p;
        } else {
            rest.set(page - 1, p);
        }
    }
}
