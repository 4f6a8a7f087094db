package io.hybriddal.integration;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/** Durations measured by a fault test, summarised as percentiles. Not thread-safe. */
final class Latencies {

    private long[] nanos = new long[64];
    private int size;

    /** Adds one measurement. */
    void add(long durationNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = durationNanos;
    }

    int count() {
        return size;
    }

    /** The {@code p}-th percentile (nearest rank, 0 &lt; p &lt;= 100). */
    Duration percentile(double p) {
        if (size == 0) {
            return Duration.ZERO;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return Duration.ofNanos(sorted[Math.max(0, Math.min(size, rank) - 1)]);
    }

    Duration max() {
        return percentile(100);
    }

    /** {@code 1.23ms}. */
    static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.2fms", d.toNanos() / 1e6);
    }
}
