package io.hybriddal.bench.support;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.VolatileStore;

/**
 * hybrid-dal on its memory stores with the peer's data: 100 pools of 1,000 vDisks (100,000),
 * ten vDisks per volume id, and exactly one Dal (a second Dal on the same store would double
 * the watch work of every commit, peer-bench.md §8). {@link #open(boolean)} gives it the memory
 * volatile store (near cache, query cache and dynamics cache all on: the best configuration, as
 * the peer's L2 and query cache, with room for every volume's query and pool's vDisks in its
 * local results); {@link #openWithoutQueryCache()} a volatile store that never
 * hits, so its queries always take the index (or scan) path. The near cache holds every object
 * after opening (size 200,000, no eviction). The store keeps at most {@link #HISTORY} commits for
 * watches, and the load's commits are compacted away, so the GC does not carry a growing log.
 */
public final class MemoryModel implements AutoCloseable {

    public static final int POOLS = 100;
    public static final int DISKS_PER_POOL = 1_000;
    public static final int PER_VOLUME = 10;
    public static final long NEAR_CACHE = 200_000;
    /** Commits the memory store keeps for watches resuming from the past. */
    public static final int HISTORY = 1_000;

    public final MemoryPersistentStore store = new MemoryPersistentStore("", HISTORY);
    public final VolatileStore volatileStore;
    public final Dal dal;
    public final Dataset data;

    private MemoryModel(VolatileStore volatileStore, long localResults) {
        this.volatileStore = volatileStore;
        dal = Dal.builder().persistentStore(store).volatileStore(volatileStore).nearCacheSize(NEAR_CACHE)
                .localResultsSize(localResults).register(VPool.class, VDisk.class).build();
        long started = System.nanoTime();
        data = Dataset.load(dal, POOLS, DISKS_PER_POOL, PER_VOLUME, 1_000);
        store.compact(store.currentRevision());
        System.out.printf("memory model: %,d vDisks loaded in %d ms%n", data.disks(), (System.nanoTime() - started) / 1_000_000);
        for (String guid : data.poolGuids) {
            dal.get(VPool.class, guid);
        }
        for (String guid : data.diskGuids) {
            dal.get(VDisk.class, guid);
        }
    }

    /** Loads the data and warms the near cache (and, with {@code warmQueries}, the query cache of every volume). */
    public static MemoryModel open(boolean warmQueries) {
        MemoryModel m = new MemoryModel(VolatileStore.open("memory:"), 2 * NEAR_CACHE);
        if (warmQueries) {
            for (int v = 0; v < m.data.volumes(); v++) {
                int found = m.dal.query(VDisk.class).where(Filter.eq("volumeId", Dataset.volume(v))).list().size();
                if (found != PER_VOLUME) {
                    throw new IllegalStateException("volume " + v + ": " + found + " vDisks, expected " + PER_VOLUME);
                }
            }
        }
        return m;
    }

    /**
     * Loads the data and warms the near cache; the Dal keeps no local results and its volatile
     * store never hits, so no query is ever cached.
     */
    public static MemoryModel openWithoutQueryCache() {
        return new MemoryModel(new NoHitVolatileStore(), 0);
    }

    @Override
    public void close() {
        dal.close();
        volatileStore.close();
        store.close();
    }
}
