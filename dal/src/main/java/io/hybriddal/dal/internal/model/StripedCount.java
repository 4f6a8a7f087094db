package io.hybriddal.dal.internal.model;

/**
 * A count of frequent events for metrics (cache hits and misses) that costs a plain increment:
 * stripes chosen by thread id, each on its own cache line, and no atomic instruction. Two
 * threads that share a stripe may now and then lose one of each other's increments, and a
 * reader may see a slightly old sum; the count feeds meters only and never decides anything.
 * Thread-safe in that sense.
 */
public final class StripedCount {

    private static final int STRIPES = 16;
    /** Longs per stripe: one 64-byte cache line, so threads on different stripes never share one. */
    private static final int SPACING = 8;

    private final long[] cells = new long[STRIPES * SPACING];

    public void increment() {
        cells[(int) (Thread.currentThread().getId() & (STRIPES - 1)) * SPACING]++;
    }

    /** The count so far (approximate while threads are counting). */
    public long sum() {
        long sum = 0;
        for (int i = 0; i < STRIPES; i++) {
            sum += cells[i * SPACING];
        }
        return sum;
    }
}
