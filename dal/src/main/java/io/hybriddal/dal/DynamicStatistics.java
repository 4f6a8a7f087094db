package io.hybriddal.dal;

import io.micrometer.core.instrument.Timer;

/**
 * What one dynamic did in this process. The counts are read when the record is made; the two
 * timers are the live Micrometer meters (they keep counting).
 *
 * @param hits     reads served from the volatile store
 * @param misses   reads that computed the value
 * @param compute  the time its computations took; null before the first one
 * @param lockWait the time spent waiting for another process's computation (locked dynamics); null when none
 */
public record DynamicStatistics(String hybrid, String dynamic, long hits, long misses, Timer compute, Timer lockWait) {

    /** Hits over reads, or null before the first read. */
    public Double hitRatio() {
        return hits + misses == 0 ? null : (double) hits / (hits + misses);
    }
}
