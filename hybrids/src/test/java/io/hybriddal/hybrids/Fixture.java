package io.hybriddal.hybrids;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small, consistent cluster: one object of each hybrid, linked as a real deployment would be. */
final class Fixture {

    final BackendType backendType;
    final Backend backend;
    final PMachine pmachine;
    final StorageRouter router;
    final VPool pool;
    final StorageDriver driver;
    final VMachine vmachine;
    final VDisk vdisk;
    final Disk disk;
    final DiskPartition partition;
    final ServiceType serviceType;
    final Service service;
    final MDSService mds;
    final Domain domain;
    final StorageRouterDomain routerDomain;
    final VDiskDomain vdiskDomain;
    final BackendDomain backendDomain;
    final StorageDriverPartition driverPartition;

    Fixture(Dal dal) {
        backendType = dal.create(BackendType.class);
        backendType.setName("Open vStorage Backend");
        backendType.setCode("alba");
        backend = dal.create(Backend.class);
        backend.setName("backend-1");
        backend.setBackendType(backendType);
        pmachine = dal.create(PMachine.class);
        pmachine.setName("host-1");
        pmachine.setIp("10.0.0.11");
        router = dal.create(StorageRouter.class);
        router.setName("node-1");
        router.setIp("10.0.1.11");
        router.setMachineId("0123456789abcdef0123456789abcdef");
        router.setNodeType(StorageRouter.NodeType.MASTER);
        router.setLastHeartbeat(Instant.parse("2024-03-01T11:59:30Z"));
        router.setPmachine(pmachine);
        pool = dal.create(VPool.class);
        pool.setName("pool-1");
        pool.setStatus(VPool.Status.RUNNING);
        pool.setBackend(backend);
        pool.setMetadata(Map.of("dtl_mode", "sync"));
        driver = dal.create(StorageDriver.class);
        driver.setStoragedriverId("pool-1" + router.getMachineId());
        driver.setName("node-1");
        driver.setStorageIp("10.0.2.11");
        driver.setMountpoint("/mnt/pool-1");
        driver.setPorts(new StorageDriver.Ports(26200, 26201, 26202, 26203));
        driver.setStoragerouter(router);
        driver.setVpool(pool);
        vmachine = dal.create(VMachine.class);
        vmachine.setName("vm-1");
        vmachine.setPmachine(pmachine);
        vdisk = dal.create(VDisk.class);
        vdisk.setName("disk0");
        vdisk.setDevicename("/vm-1/disk0.raw");
        vdisk.setVolumeId("7f1e0f9e-volume");
        vdisk.setSize(64L << 30);
        vdisk.setVpool(pool);
        vdisk.setVmachine(vmachine);
        disk = dal.create(Disk.class);
        disk.setName("sdb");
        disk.setSize(960L << 30);
        disk.setSsd(true);
        disk.setAliases(List.of("/dev/disk/by-id/ata-SSD-1"));
        disk.setStoragerouter(router);
        partition = dal.create(DiskPartition.class);
        partition.setOffset(1L << 20);
        partition.setSize(900L << 30);
        partition.setMountpoint("/mnt/ssd1");
        partition.setRoles(Set.of(DiskRole.DB, DiskRole.WRITE));
        partition.setDisk(disk);
        serviceType = dal.create(ServiceType.class);
        serviceType.setName("MetadataServer");
        service = dal.create(Service.class);
        service.setName("ovs-metadataserver_pool-1_0");
        service.setPorts(List.of(26300));
        service.setType(serviceType);
        service.setStoragerouter(router);
        mds = dal.create(MDSService.class);
        mds.setNumber(0);
        mds.setService(service);
        mds.setVpool(pool);
        domain = dal.create(Domain.class);
        domain.setName("rack-a");
        routerDomain = dal.create(StorageRouterDomain.class);
        routerDomain.setStoragerouter(router);
        routerDomain.setDomain(domain);
        vdiskDomain = dal.create(VDiskDomain.class);
        vdiskDomain.setVdisk(vdisk);
        vdiskDomain.setDomain(domain);
        backendDomain = dal.create(BackendDomain.class);
        backendDomain.setBackend(backend);
        backendDomain.setDomain(domain);
        driverPartition = dal.create(StorageDriverPartition.class);
        driverPartition.setRole(DiskRole.WRITE);
        driverPartition.setSubRole(StorageDriverPartition.SubRole.SCO);
        driverPartition.setStoragedriver(driver);
        driverPartition.setPartition(partition);
    }

    /** Saves every object, targets before the objects pointing at them; returns them in that order. */
    List<DataObject> saveOneOfEach() {
        List<DataObject> all = List.of(backendType, backend, pmachine, router, pool, driver, vmachine, vdisk, disk,
                partition, serviceType, service, mds, domain, routerDomain, vdiskDomain, backendDomain, driverPartition);
        all.forEach(DataObject::save);
        return all;
    }
}
