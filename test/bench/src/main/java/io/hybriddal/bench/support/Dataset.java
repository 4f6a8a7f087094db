package io.hybriddal.bench.support;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.dal.Dal;

/**
 * The benchmark data, the same for hybrid-dal and the peer: {@code pools} pools of
 * {@code disksPerPool} vDisks each. vDisk {@code i} is named {@link #diskName(int)}, has size
 * {@code i % 1000}, volume id {@link #volumeId(int)} shared by {@code perVolume} consecutive vDisks
 * (so an equality query on it returns {@code perVolume} objects), and belongs to pool
 * {@code i / disksPerPool}.
 */
public final class Dataset {

    public final int pools;
    public final int disksPerPool;
    public final int perVolume;
    public final String[] poolGuids;
    public final String[] diskGuids;

    private Dataset(int pools, int disksPerPool, int perVolume) {
        this.pools = pools;
        this.disksPerPool = disksPerPool;
        this.perVolume = perVolume;
        this.poolGuids = new String[pools];
        this.diskGuids = new String[pools * disksPerPool];
    }

    public int disks() {
        return diskGuids.length;
    }

    /** Number of distinct volume ids. */
    public int volumes() {
        return (disks() + perVolume - 1) / perVolume;
    }

    public static String poolName(int p) {
        return String.format("pool-%04d", p);
    }

    public static String diskName(int i) {
        return String.format("vd-%07d", i);
    }

    /** The volume id of the {@code v}-th volume. */
    public static String volume(int v) {
        return String.format("vol-%06d", v);
    }

    public String volumeId(int disk) {
        return volume(disk / perVolume);
    }

    /**
     * Creates the data through {@code dal}, {@code batch} objects per transaction (one store
     * commit each; etcd allows at most 128 operations per commit, so keep it small there).
     */
    public static Dataset load(Dal dal, int pools, int disksPerPool, int perVolume, int batch) {
        Dataset d = new Dataset(pools, disksPerPool, perVolume);
        VPool[] poolObjects = new VPool[pools];
        for (int from = 0; from < pools; from += batch) {
            int start = from;
            dal.inTransaction(() -> {
                for (int p = start; p < Math.min(pools, start + batch); p++) {
                    VPool pool = dal.create(VPool.class);
                    pool.setName(poolName(p));
                    pool.save();
                    poolObjects[p] = pool;
                    d.poolGuids[p] = pool.getGuid();
                }
            });
        }
        for (int from = 0; from < d.disks(); from += batch) {
            int start = from;
            dal.inTransaction(() -> {
                for (int i = start; i < Math.min(d.disks(), start + batch); i++) {
                    VDisk disk = dal.create(VDisk.class);
                    disk.setName(diskName(i));
                    disk.setSize(i % 1000);
                    disk.setVolumeId(d.volumeId(i));
                    disk.setVolumeTag(d.volumeId(i));
                    disk.setVpool(poolObjects[i / disksPerPool]);
                    disk.save();
                    d.diskGuids[i] = disk.getGuid();
                }
            });
        }
        return d;
    }
}
