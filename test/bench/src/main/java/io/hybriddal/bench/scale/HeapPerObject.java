package io.hybriddal.bench.scale;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.bench.support.Dataset;
import io.hybriddal.bench.support.Probes;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.PersistentStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;

/**
 * Retained heap per object in the near cache: loads N vDisks (default 1,000,000) into a memory
 * store through a Dal without near cache, then builds a Dal with a near cache of N+1,000 on the
 * same store, measures used heap after full GCs, gets every vDisk once (each get decodes the
 * document and caches it; the returned objects are dropped), measures again and divides the
 * difference by the near cache's entry count. Everything else alive (the store, the guid array)
 * exists in both measurements; each get passes a fresh copy of the guid, so the near cache's key
 * (a guid String of its own, as it would be in a service) is counted with the entry. Object shape: a vDisk with a 10-character unique name, a long size,
 * a 10-character indexed volume id, the same string as volume tag, and a relation (pool guid),
 * keyed by its UUID guid. Run as a plain main (not JMH): {@code java -Xmx6g -cp benchmarks.jar
 * io.hybriddal.bench.scale.HeapPerObject [N]}.
 */
public final class HeapPerObject {

    private HeapPerObject() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        PersistentStore store = new MemoryPersistentStore("", 0);
        long started = System.nanoTime();
        Dataset data;
        try (Dal loader = Dal.builder().persistentStore(store).nearCacheSize(0).register(VPool.class, VDisk.class).build()) {
            data = Dataset.load(loader, Math.max(1, n / 1_000), Math.min(n, 1_000), 10, 1_000);
        }
        System.out.printf("loaded %,d vDisks in %d ms%n", data.disks(), (System.nanoTime() - started) / 1_000_000);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Dal dal = Dal.builder().persistentStore(store).nearCacheSize(n + 1_000L).meterRegistry(meters)
                .register(VPool.class, VDisk.class).build()) {
            dal.get(VDisk.class, data.diskGuids[0]); // classes loaded, caches created
            long before = usedAfterGc();
            for (String guid : data.diskGuids) {
                dal.get(VDisk.class, new String(guid.toCharArray())); // the cache's key is counted too
            }
            long after = usedAfterGc();
            double entries = meters.get("hybriddal.nearcache.size").gauge().value();
            double perObject = (after - before) / (entries - 1);
            System.out.printf("near cache: %,.0f entries, %,d bytes retained, %.1f bytes per object%n",
                    entries, after - before, perObject);
            Probes.record("near cache: retained heap per cached vDisk, key included (Hibernate L2: ~379 B, peer-bench.md)", Math.round(perObject * 10) / 10.0, "bytes",
                    String.format("%,.0f vDisks in the near cache; retained heap after full GC / entries", entries));
        }
        store.close();
    }

    /** Used heap after full collections, the lowest of three readings. */
    static long usedAfterGc() throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            best = Math.min(best, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best;
    }
}
