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

    /** No guids. */
    static final Kept NONE = new Kept(List.of());

    private final List<String> guids;
    private final AtomicReferenceArray<Page> pages;

    Kept(List<String> guids) {
        this.guids = guids;
        this.pages = new AtomicReferenceArray<>((guids.size() + LazyDataList.PAGE - 1) / LazyDataList.PAGE);
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
        Page p = pages.get(page);
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
        pages.set(page, new Page(stamp, snapshots));
    }
}
