package io.hybriddal.hybrids.system;

import java.time.Instant;

/** A snapshot of a volume: its id, label, when it was taken, whether it is application-consistent, and the bytes it holds. */
public record Snapshot(String id, String label, Instant takenAt, boolean consistent, long storedBytes) {
}
