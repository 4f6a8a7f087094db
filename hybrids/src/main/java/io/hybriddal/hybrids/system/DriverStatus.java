package io.hybriddal.hybrids.system;

import java.time.Instant;

/** Whether a storage driver's volume driver runs, since when (null when it does not), and how many volumes it serves. */
public record DriverStatus(boolean running, Instant runningSince, int volumeCount) {
}
