package io.hybriddal.bench.support;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.dal.Dal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Many vDisks in one namespace of the run's bulk-data etcd ({@link Servers#bulkEtcd()}), loaded
 * once per run and size: the first fork that needs
 * them loads them through the Dal and writes the namespace and the guids to
 * {@code $BENCH_WORK/etcd-vdisks-<objects>.txt}; later forks of the same run reuse them, as long
 * as that file exists and the namespace still holds its first vDisk. Without {@code BENCH_WORK}
 * (a run outside scripts/bench.sh, whose etcd may be another) every fork loads its own.
 *
 * <p>Disk {@code i} is in volume {@code i / 10} and pool {@code i / 1000}; the loading runs on
 * four threads, in transactions of 10 vDisks (etcd takes at most 128 operations per transaction).
 *
 * @param namespace the etcd namespace (the store URI's path)
 * @param guids     the vDisks' guids, by number
 * @param loaded    whether this fork loaded them (false: reused)
 */
public record EtcdVDisks(String namespace, String[] guids, boolean loaded) {

    public static final int PER_POOL = 1_000;
    public static final int PER_VOLUME = 10;
    private static final int BATCH = 10;
    private static final int LOADERS = 4;

    /**
     * The vDisks of this run at {@code objects}, reused when a previous fork loaded them, else
     * loaded through {@code open}, which opens a Dal on the given namespace of the bulk-data etcd.
     */
    public static EtcdVDisks loadOrReuse(int objects, Function<String, Dal> open) throws Exception {
        String work = System.getenv("BENCH_WORK");
        Path saved = work == null || work.isBlank() ? null : Path.of(work, "etcd-vdisks-" + objects + ".txt");
        if (saved != null && Files.exists(saved)) {
            List<String> lines = Files.readAllLines(saved);
            String namespace = lines.get(0);
            String[] guids = lines.subList(1, lines.size()).toArray(String[]::new);
            try (RawEtcd raw = new RawEtcd(Servers.bulkEtcd())) {
                if (guids.length == objects && !raw.kv.get(RawEtcd.key(namespace, "o/vdisk/" + guids[0])).get(5, TimeUnit.SECONDS).getKvs().isEmpty()) {
                    return new EtcdVDisks(namespace, guids, false);
                }
            }
        }
        String namespace = Names.unique("large");
        String[] guids;
        try (Dal dal = open.apply(namespace)) {
            guids = load(dal, objects);
        }
        if (saved != null) {
            List<String> lines = new ArrayList<>(objects + 1);
            lines.add(namespace);
            lines.addAll(List.of(guids));
            Files.write(saved, lines);
        }
        return new EtcdVDisks(namespace, guids, true);
    }

    private static String[] load(Dal dal, int objects) throws Exception {
        long started = System.nanoTime();
        int pools = Math.max(1, objects / PER_POOL);
        VPool[] poolObjects = new VPool[pools];
        for (int p = 0; p < pools; p++) {
            VPool pool = dal.create(VPool.class);
            pool.setName(Dataset.poolName(p));
            pool.save();
            poolObjects[p] = pool;
        }
        String[] disks = new String[objects];
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < LOADERS; t++) {
            int first = t;
            done.add(loaders.submit(() -> {
                for (int from = first * BATCH; from < objects; from += LOADERS * BATCH) {
                    int start = from;
                    dal.inTransaction(() -> {
                        for (int i = start; i < Math.min(objects, start + BATCH); i++) {
                            VDisk disk = dal.create(VDisk.class);
                            disk.setName(Dataset.diskName(i));
                            disk.setSize(i % 1000);
                            disk.setVolumeId(Dataset.volume(i / PER_VOLUME));
                            disk.setVolumeTag(Dataset.volume(i / PER_VOLUME));
                            disk.setVpool(poolObjects[Math.min(pools - 1, i / PER_POOL)]);
                            disk.save();
                            disks[i] = disk.getGuid();
                        }
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        loaders.shutdown();
        System.out.printf("etcd: %,d vDisks loaded in %d s%n", objects, (System.nanoTime() - started) / 1_000_000_000);
        return disks;
    }
}
