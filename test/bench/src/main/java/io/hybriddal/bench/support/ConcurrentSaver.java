package io.hybriddal.bench.support;

import io.hybriddal.bench.model.VDisk;
import io.hybriddal.bench.model.VPool;
import io.hybriddal.dal.Dal;

/**
 * Another process saving to the same etcd namespace as a benchmark, for the watch fan-out
 * figure ({@code EtcdFanOutBench}): a Dal with its near cache (so it watches the namespace too)
 * that saves one vDisk of its own as fast as it can until it is killed. Prints "saving" once its
 * first save committed. Usage: {@code ConcurrentSaver <etcd-uri>}.
 */
public final class ConcurrentSaver {

    private ConcurrentSaver() {
    }

    public static void main(String[] args) {
        try (Dal dal = Dal.builder().persistentStore(args[0]).register(VPool.class, VDisk.class).build()) {
            VDisk disk = dal.get(VDisk.class, Dataset.load(dal, 1, 1, 1, 8).diskGuids[0]);
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
