package io.hybriddal.report;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.hybrids.Backend;
import io.hybriddal.hybrids.BackendType;
import io.hybriddal.hybrids.StorageDriver;
import io.hybriddal.hybrids.StorageRouter;
import io.hybriddal.hybrids.VDisk;
import io.hybriddal.hybrids.VMachine;
import io.hybriddal.hybrids.VPool;
import io.hybriddal.hybrids.system.SimulatedStorageSystem;
import io.hybriddal.hybrids.system.StorageSystem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A small inventory on memory stores: one backend, one pool with a driver, a machine and a few volumes. */
final class Fixture implements AutoCloseable {

    final MemoryPersistentStore store = new MemoryPersistentStore();
    final Dal dal;
    final VPool pool;
    final StorageDriver driver;
    final VMachine machine;
    final List<VDisk> disks = new ArrayList<>();

    Fixture(String machineName) {
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        StorageSystem.install(SimulatedStorageSystem.forTests(clock));
        dal = Dal.builder().persistentStore(store).scan().clock(clock).build();
        BackendType type = dal.create(BackendType.class);
        type.setName("Object store");
        type.setCode("alba");
        Backend backend = dal.create(Backend.class);
        backend.setName("backend-1");
        backend.setBackendType(type);
        pool = dal.create(VPool.class);
        pool.setName("pool-a");
        pool.setBackend(backend);
        StorageRouter router = dal.create(StorageRouter.class);
        router.setName("node-1");
        router.setIp("10.0.0.1");
        router.setMachineId("0123456789abcdef0123456789abcdef");
        driver = dal.create(StorageDriver.class);
        driver.setStoragedriverId("pool-a-node-1");
        driver.setName("node-1");
        driver.setStorageIp("10.0.0.1");
        driver.setMountpoint("/mnt/pool-a");
        driver.setPorts(new StorageDriver.Ports(26200, 26201, 26202, 26203));
        driver.setStoragerouter(router);
        driver.setVpool(pool);
        machine = dal.create(VMachine.class);
        machine.setName(machineName);
        machine.setDescription("quotes \" and ' and & too");
        dal.inTransaction(() -> {
            type.save();
            backend.save();
            pool.save();
            router.save();
            driver.save();
            machine.save();
        });
        for (int i = 0; i < 3; i++) {
            VDisk d = dal.create(VDisk.class);
            d.setName("disk-" + i);
            d.setDevicename("/vm/disk" + i + ".raw");
            d.setVolumeId("vol-" + i);
            d.setVpool(pool);
            d.setVmachine(machine);
            d.save();
            disks.add(d);
        }
        disks.forEach(VDisk::getStatistics); // computes: meters get samples
        disks.forEach(VDisk::getStatistics); // hits
    }

    @Override
    public void close() {
        dal.close();
        StorageSystem.uninstall();
    }
}
