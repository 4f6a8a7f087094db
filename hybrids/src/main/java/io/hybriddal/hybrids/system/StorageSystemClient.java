package io.hybriddal.hybrids.system;

import java.util.List;

/**
 * What the hybrids' dynamics read from the storage system itself: live values that are never
 * stored, only cached for a few seconds. Production implements it over the storage drivers'
 * management APIs; {@link SimulatedStorageSystem} plays it for demos and tests. Implementations
 * must be thread-safe: dynamics are computed from any thread.
 */
public interface StorageSystemClient {

    /** I/O counters of a volume since it was created (monotonic) and its current cache hit ratio. */
    VolumeStatistics volumeStatistics(String volumeId);

    /** The snapshots of a volume, oldest first. */
    List<Snapshot> snapshots(String volumeId);

    /** Aggregated I/O counters of all volumes of a vPool. */
    VolumeStatistics poolStatistics(String vpoolName);

    /** Liveness and load of a storage router, addressed by its machine id. */
    RouterHealth routerHealth(String machineId);

    /** Whether a storage driver's volume driver process runs, and since when. */
    DriverStatus driverStatus(String storageDriverId);

    /** Capacity of a backend, by backend name. */
    Capacity backendUsage(String backendName);

    /** Capacity of a disk partition, addressed by its router's machine id and its mountpoint. */
    Capacity partitionUsage(String machineId, String mountpoint);

    /** The state of a service process on a storage router. */
    ServiceState serviceState(String serviceName, String machineId);
}
