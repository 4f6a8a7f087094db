package io.hybriddal.store.etcd;

import java.util.Arrays;

/**
 * The ranges one page of a prefix scan asks etcd for, narrowest first. etcd 3.4 (Debian's) walks
 * the whole requested range in its index to count it, whatever the limit: a page of 500 from the
 * start of 1,000,000 keys took 0.67 s and one near their end 0.05 s, so paging through a large
 * prefix cost time quadratic in its size (a full scan of 1,000,000 vDisks did not finish in six
 * minutes). A page therefore asks first for the keys that share the next {@link #DEPTH} bytes
 * after the prefix with its start key (1/256 of random guids), then, if that window runs out
 * before the page is full, for the rest of the one-byte window, then for the rest of the prefix.
 * Each request walks at most its own window, and the wider ones are asked only when a page
 * crosses a window's end. Keys without spread in their first bytes (sequential guids) gain
 * nothing and lose nothing: their first window holds the whole rest of the prefix.
 */
final class ScanWindows {

    /** Bytes after the prefix that the narrowest window shares with the page's start key. */
    static final int DEPTH = 2;

    private ScanWindows() {
    }

    /**
     * The exclusive end of the window of {@code start}'s keys that share its first
     * {@code prefixLength + depth} bytes, or null when {@code start} is shorter than that (the
     * first page starts at the prefix itself) or that window reaches past {@code rangeEnd}.
     *
     * @param rangeEnd the end of the whole prefix's range; {@code {0}} means unbounded
     */
    static byte[] end(byte[] start, int prefixLength, int depth, byte[] rangeEnd) {
        int length = prefixLength + depth;
        if (start.length < length) {
            return null;
        }
        for (int i = length - 1; i >= 0; i--) {
            if (start[i] != (byte) 0xff) {
                byte[] end = Arrays.copyOf(start, i + 1);
                end[i]++;
                boolean unbounded = rangeEnd.length == 1 && rangeEnd[0] == 0;
                return unbounded || Arrays.compareUnsigned(end, rangeEnd) < 0 ? end : null;
            }
        }
        return null; // only 0xff bytes: no end short of the range's
    }
}
