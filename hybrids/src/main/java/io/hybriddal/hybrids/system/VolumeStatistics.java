package io.hybriddal.hybrids.system;

import java.time.Instant;

/**
 * I/O counters of a volume (or of all volumes of a pool): operation and byte counts since
 * creation, and the cache hit ratio at {@code measuredAt}.
 */
public record VolumeStatistics(long readOperations, long writeOperations, long readBytes, long writeBytes,
                               double cacheHitRatio, Instant measuredAt) {

    /** The sum of two statistics (hit ratios weighted by operations), measured at the later instant. */
    public VolumeStatistics plus(VolumeStatistics other) {
        long ops = readOperations + writeOperations;
        long otherOps = other.readOperations + other.writeOperations;
        double ratio = ops + otherOps == 0 ? 0.0
                : (cacheHitRatio * ops + other.cacheHitRatio * otherOps) / (ops + otherOps);
        return new VolumeStatistics(readOperations + other.readOperations, writeOperations + other.writeOperations,
                readBytes + other.readBytes, writeBytes + other.writeBytes, ratio,
                measuredAt.isAfter(other.measuredAt) ? measuredAt : other.measuredAt);
    }
}
