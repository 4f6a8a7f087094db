package io.hybriddal.bench.support;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;

/**
 * hybrid-dal on its memory stores with the peer's data: 100 pools of 1,000 vDisks (100,000),
 * ten vDisks per volume id. Two Dals share the one persistent store: {@link #dal} with the
 * memory volatile store (near cache, query cache and dynamics cache all on: the best
 * configuration, as the peer's L2 and query cache) and {@link #noQueryCache}, whose volatile
 * store never hits, so its queries always take the index (or scan) path. Both near caches hold
 * every object after {@link #open()} (size 200,000, no eviction), and every volume's query was
 * run once on {@link #dal}, as the peer's query cache is pre-warmed.
 */
public final class MemoryModel implements AutoCloseable {

    public static final int POOLS = 100;
    public static final int DISKS_PER_POOL = 1_000;
    public static final int PER_VOLUME = 10;
    public static final long NEAR_CACHE = 200_000;

    public final PersistentStore store = new MemoryPersistentStore();
    public final VolatileStore volatileStore = VolatileStore.open("memory:");
    public final Dal dal;
    public final Dal noQueryCache;
    public final Dataset data;

    private MemoryModel() {
        dal = Dal.builder().persistentStore(store).volatileStore(volatileStore).nearCacheSize(NEAR_CACHE)
                .register(VPool.class, VDisk.class).build();
        long started = System.nanoTime();
        data = Dataset.load(dal, POOLS, DISKS_PER_POOL, PER_VOLUME, 1_000);
        System.out.printf("memory model: %,d vDisks loaded in %d ms%n", data.disks(), (System.nanoTime() - started) / 1_000_000);
        noQueryCache = Dal.builder().persistentStore(store).volatileStore(new NoHitVolatileStore()).nearCacheSize(NEAR_CACHE)
                .register(VPool.class, VDisk.class).build();
    }

    /** Loads the data and warms the near caches (and, with {@code warmQueries}, the query cache). */
    public static MemoryModel open(boolean warmQueries) {
        MemoryModel m = new MemoryModel();
        for (Dal d : new Dal[] {m.dal, m.noQueryCache}) {
            for (String guid : m.data.poolGuids) {
                d.get(VPool.class, guid);
            }
            for (String guid : m.data.diskGuids) {
                d.get(VDisk.class, guid);
            }
        }
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

    @Override
    public void close() {
        noQueryCache.close();
        dal.close();
        volatileStore.close();
        store.close();
    }
}
