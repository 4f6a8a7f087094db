package io.hybriddal.store.etcd;

import java.util.Arrays;

/**
 * The ranges one page of a prefix scan asks etcd for, narrowest first. etcd 3.4 (Debian's) walks
 * the whole requested range in its index to count it, whatever the limit: a page of 500 from the
 * start of 1,000,000 keys took 0.67 s and one near their end 0.05 s, so paging through a large
 * prefix cost time quadratic in its size (a full scan of 1,000,000 vDisks did not finish in six
 * minutes). A page after the first therefore asks first for the keys that share the next
 * {@link #DEPTH} bytes after the prefix with its start key (1/256 of random guids); if that
 * window runs out before the page is full, for the rest of the one-byte window, then for the
 * next one-byte window, and only then for the rest of the prefix. A request walks at most its
 * own range. The first page, which starts at the prefix itself, has no window; nor do keys
 * without spread in their first bytes (sequential guids), whose windows hold the whole rest of
 * the prefix: for them the last page costs up to three more round trips, each on an empty range.
 */
final class ScanWindows {

    /** Bytes after the prefix that the narrowest window shares with the page's start key. */
    static final int DEPTH = 2;

    private ScanWindows() {
    }

    /**
     * The exclusive ends of the ranges a page starting at {@code start} asks for in turn, each
     * beyond the one before, the last being {@code rangeEnd}.
     *
     * @param prefixLength the encoded length of the scanned prefix (namespace included)
     * @param rangeEnd     the end of the whole prefix's range; {@code {0}} means unbounded
     */
    static byte[][] ends(byte[] start, int prefixLength, byte[] rangeEnd) {
        byte[][] ends = new byte[DEPTH + 2][];
        int n = 0;
        for (int depth = DEPTH; depth >= 1; depth--) {
            n = add(ends, n, end(start, prefixLength, depth, rangeEnd));
        }
        byte[] oneByte = n == 0 ? null : ends[n - 1];
        if (oneByte != null && oneByte.length == prefixLength + 1) {
            n = add(ends, n, end(oneByte, prefixLength, 1, rangeEnd)); // the next one-byte window
        }
        ends[n++] = rangeEnd;
        return Arrays.copyOf(ends, n);
    }

    private static int add(byte[][] ends, int n, byte[] end) {
        if (end != null && (n == 0 || Arrays.compareUnsigned(end, ends[n - 1]) > 0)) {
            ends[n++] = end;
        }
        return n;
    }

    /**
     * The exclusive end of the window of {@code start}'s keys that share its first
     * {@code prefixLength + depth} bytes, or null when {@code start} is shorter than that (the
     * first page starts at the prefix itself) or that window reaches the end of the range.
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
