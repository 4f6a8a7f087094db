package io.hybriddal.bench.support;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.dal.Dal;

/**
 * Another process saving to the same etcd namespace as a benchmark, for the watch fan-out
 * figure ({@code EtcdFanOutBench}): a Dal with its near cache (so it watches the namespace too)
 * that saves one vDisk of its own as fast as it can until it is killed. Prints "saving" once its
 * first save committed. Usage: {@code ConcurrentSaver <etcd-uri> <name>}; names are unique
 * properties, so each saver of a namespace needs its own.
 */
public final class ConcurrentSaver {

    private ConcurrentSaver() {
    }

    public static void main(String[] args) {
        try (Dal dal = Dal.builder().persistentStore(args[0]).register(VPool.class, VDisk.class).build()) {
            VPool pool = dal.create(VPool.class);
            pool.setName(args[1]);
            pool.save();
            VDisk disk = dal.create(VDisk.class);
            disk.setName(args[1]);
            disk.setVolumeId(args[1]);
            disk.setVolumeTag(args[1]);
            disk.setVpool(pool);
            disk.save();
            for (long size = 1; ; size++) {
                disk.setSize(size);
                disk.save();
                if (size == 1) {
                    System.out.println("saving");
                    System.out.flush();
                }
            }
        }
    }
}
