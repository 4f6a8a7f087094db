package io.hybriddal.hybrids.system;

import java.util.List;

/** Liveness and load of a storage router: reachable or not, CPU load (1-minute average), free memory, and warnings. */
public record RouterHealth(boolean reachable, double cpuLoad, long freeMemoryBytes, List<String> warnings) {

    public RouterHealth {
        warnings = List.copyOf(warnings);
    }
}
