package io.hybriddal.dal.memory;

import io.hybriddal.dal.spi.KeyValue;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * One directory's entries in {@link String#compareTo} order of their keys, kept cache-friendly
 * for a directory of a few keys (one index value's entries) as for one of 100,000 (one value of
 * a boolean index) that changes on every write: a list of sorted chunks of at most {@value #MAX} keys
 * (one level of a B-tree), found by a binary search over each chunk's first key. Next to each key
 * sits a {@code long} that orders like its first eight chars after the directory name (see
 * {@link #pack}), so a search compares longs in an array and reads a {@code String} only when two
 * keys share those chars. A write shifts part of one chunk's arrays instead of rebalancing a
 * tree; a full chunk splits in two, and one that falls under a quarter full merges with or borrows
 * from a neighbour, so chunks stay at least a quarter full (except a directory's only chunk).
 * Each key's current entry sits beside it, so a scan hands out entries without a hash lookup per
 * key (some two thirds of an index scan's time when it looked each one up).
 *
 * <p>Not thread-safe: see {@link SortedKeys}.
 */
final class KeyChunks {

    static final int MAX = 128;
    private static final int MIN = MAX / 4;
    /** Capacity of a directory's first chunk, doubled up to {@link #MAX}: most directories (one index value's entries) hold a few keys. */
    private static final int FIRST_CAPACITY = 2;
    private static final int PACKED_CHARS = 8;

    /** Length of the directory name, which every key starts with: packing starts after it. */
    private final int offset;
    private Chunk[] chunks = new Chunk[1];
    /** {@code firstPacked[c]} is the packed first key of {@code chunks[c]}, searched without dereferencing chunks. */
    private long[] firstPacked = new long[1];
    private int count;

    /** Sorted keys with their packed forms and entries; only a directory's only chunk has less than {@link #MAX} capacity. */
    private static final class Chunk {
        String[] keys;
        long[] packed;
        KeyValue[] entries;
        int size;

        Chunk(int capacity) {
            keys = new String[capacity];
            packed = new long[capacity];
            entries = new KeyValue[capacity];
        }

        /** Grows the arrays to hold at least {@code n} keys (at most {@link #MAX}). */
        void reserve(int n) {
            if (n > keys.length) {
                int capacity = Math.min(MAX, Math.max(n, keys.length * 2));
                keys = Arrays.copyOf(keys, capacity);
                packed = Arrays.copyOf(packed, capacity);
                entries = Arrays.copyOf(entries, capacity);
            }
        }
    }

    KeyChunks(int offset) {
        this.offset = offset;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The key when there is exactly one, else null. */
    String onlyKey() {
        return count == 1 && chunks[0].size == 1 ? chunks[0].keys[0] : null;
    }

    /** Adds {@code entry}, whose key starts with the directory name, or replaces the entry of that key. */
    void put(KeyValue entry) {
        String key = entry.key();
        long packed = pack(key, offset);
        if (count == 0) {
            insertChunk(0, new Chunk(FIRST_CAPACITY));
        }
        int c = chunkFor(packed, key);
        Chunk chunk = chunks[c];
        int at = search(chunk, packed, key);
        if (at >= 0) {
            chunk.entries[at] = entry;
            return;
        }
        at = -at - 1;
        if (chunk.size == MAX) {
            split(c);
            if (at > chunk.size) {
                at -= chunk.size;
                chunk = chunks[++c];
            }
        } else {
            chunk.reserve(chunk.size + 1);
        }
        copy(chunk, at, chunk, at + 1, chunk.size - at);
        chunk.keys[at] = key;
        chunk.packed[at] = packed;
        chunk.entries[at] = entry;
        chunk.size++;
        if (at == 0) {
            firstPacked[c] = packed;
        }
    }

    /** Removes {@code key} if present. */
    void remove(String key) {
        if (count == 0) {
            return;
        }
        long packed = pack(key, offset);
        int c = chunkFor(packed, key);
        Chunk chunk = chunks[c];
        int at = search(chunk, packed, key);
        if (at < 0) {
            return;
        }
        int size = --chunk.size;
        copy(chunk, at + 1, chunk, at, size - at);
        clear(chunk, size, size + 1);
        if (size == 0) {
            removeChunk(c);
            return;
        }
        if (at == 0) {
            firstPacked[c] = chunk.packed[0];
        }
        if (size < MIN && count > 1) {
            rebalance(c + 1 < count ? c : c - 1);
        }
    }

    /**
     * Hands the entries from key {@code from} on (including it when {@code inclusive}) in order to
     * {@code visitor}; {@code from == null} starts at the first key. Returns {@code false} when the
     * visitor stopped the scan by returning {@code false}.
     */
    boolean forEachFrom(String from, boolean inclusive, Predicate<KeyValue> visitor) {
        int c = 0;
        int at = 0;
        if (from != null && count > 0) {
            long packed = pack(from, offset);
            c = chunkFor(packed, from);
            at = search(chunks[c], packed, from);
            at = at < 0 ? -at - 1 : inclusive ? at : at + 1;
        }
        for (; c < count; c++, at = 0) {
            Chunk chunk = chunks[c];
            KeyValue[] entries = chunk.entries;
            for (int size = chunk.size; at < size; at++) {
                if (!visitor.test(entries[at])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A {@code long} whose signed order never contradicts {@link String#compareTo} of the keys'
     * chars from {@code offset} on: each of the next eight chars becomes one byte, a missing char
     * a zero byte, and a char of {@code 0xFF} or above (never in the ASCII keys we write) the byte
     * {@code 0xFF} and ends the packing. Two keys that differ in their packed longs are ordered by
     * them; equal longs say nothing, and the keys themselves decide.
     */
    static long pack(String key, int offset) {
        long packed = 0;
        int end = Math.min(key.length(), offset + PACKED_CHARS);
        int shift = 56;
        for (int i = offset; i < end; i++, shift -= 8) {
            char c = key.charAt(i);
            if (c >= 0xFF) {
                packed |= 0xFFL << shift;
                break;
            }
            packed |= (long) c << shift;
        }
        return packed ^ Long.MIN_VALUE; // unsigned bytes to signed order
    }

    /** The last chunk whose first key is at most {@code key}, or chunk 0. */
    private int chunkFor(long packed, String key) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            long first = firstPacked[mid];
            if (first < packed || first == packed && chunks[mid].keys[0].compareTo(key) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Like {@link Arrays#binarySearch}: the index of {@code key}, or {@code -(insertion point) - 1}. */
    private static int search(Chunk chunk, long packed, String key) {
        long[] packs = chunk.packed;
        int lo = 0;
        int hi = chunk.size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long at = packs[mid];
            int order = at < packed ? -1 : at > packed ? 1 : chunk.keys[mid].compareTo(key);
            if (order < 0) {
                lo = mid + 1;
            } else if (order > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -lo - 1;
    }

    /** Moves the upper half of full chunk {@code c} into a new chunk after it. */
    private void split(int c) {
        Chunk lower = chunks[c];
        Chunk upper = new Chunk(MAX);
        int half = MAX / 2;
        copy(lower, half, upper, 0, MAX - half);
        clear(lower, half, MAX);
        lower.size = half;
        upper.size = MAX - half;
        insertChunk(c + 1, upper);
    }

    /** Merges chunks {@code left} and {@code left + 1}, or evens them out if they would not fit in one. */
    private void rebalance(int left) {
        Chunk a = chunks[left];
        Chunk b = chunks[left + 1];
        int total = a.size + b.size;
        if (total <= MAX) {
            copy(b, 0, a, a.size, b.size);
            a.size = total;
            removeChunk(left + 1);
            return;
        }
        int half = total / 2;
        if (a.size < half) {
            int moved = half - a.size;
            copy(b, 0, a, a.size, moved);
            copy(b, moved, b, 0, b.size - moved);
            clear(b, b.size - moved, b.size);
        } else {
            int moved = a.size - half;
            copy(b, 0, b, moved, b.size);
            copy(a, half, b, 0, moved);
            clear(a, half, a.size);
        }
        a.size = half;
        b.size = total - half;
        firstPacked[left + 1] = b.packed[0];
    }

    private static void copy(Chunk from, int fromAt, Chunk to, int toAt, int n) {
        System.arraycopy(from.keys, fromAt, to.keys, toAt, n);
        System.arraycopy(from.packed, fromAt, to.packed, toAt, n);
        System.arraycopy(from.entries, fromAt, to.entries, toAt, n);
    }

    /** Drops the references past a chunk's end, so that removed keys and replaced entries can be collected. */
    private static void clear(Chunk chunk, int from, int to) {
        Arrays.fill(chunk.keys, from, to, null);
        Arrays.fill(chunk.entries, from, to, null);
    }

    private void insertChunk(int at, Chunk chunk) {
        if (count == chunks.length) {
            chunks = Arrays.copyOf(chunks, count * 2);
            firstPacked = Arrays.copyOf(firstPacked, count * 2);
        }
        System.arraycopy(chunks, at, chunks, at + 1, count - at);
        System.arraycopy(firstPacked, at, firstPacked, at + 1, count - at);
        chunks[at] = chunk;
        firstPacked[at] = chunk.packed[0];
        count++;
    }

    private void removeChunk(int at) {
        count--;
        System.arraycopy(chunks, at + 1, chunks, at, count - at);
        System.arraycopy(firstPacked, at + 1, firstPacked, at, count - at);
        chunks[count] = null;
    }
}
