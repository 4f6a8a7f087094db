package io.hybriddal.hybrids.system;

/** Capacity in bytes: total and used; free is what remains. */
public record Capacity(long totalBytes, long usedBytes) {

    public long freeBytes() {
        return totalBytes - usedBytes;
    }

    /** Used share between 0 and 1 (0 when there is no capacity). */
    public double usedRatio() {
        return totalBytes == 0 ? 0.0 : (double) usedBytes / totalBytes;
    }
}
