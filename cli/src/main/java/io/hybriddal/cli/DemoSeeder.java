package io.hybriddal.cli;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.hybrids.Backend;
import io.hybriddal.hybrids.BackendDomain;
import io.hybriddal.hybrids.BackendType;
import io.hybriddal.hybrids.Disk;
import io.hybriddal.hybrids.DiskPartition;
import io.hybriddal.hybrids.DiskRole;
import io.hybriddal.hybrids.Domain;
import io.hybriddal.hybrids.MDSService;
import io.hybriddal.hybrids.PMachine;
import io.hybriddal.hybrids.Service;
import io.hybriddal.hybrids.ServiceType;
import io.hybriddal.hybrids.StorageDriver;
import io.hybriddal.hybrids.StorageDriverPartition;
import io.hybriddal.hybrids.StorageRouter;
import io.hybriddal.hybrids.StorageRouterDomain;
import io.hybriddal.hybrids.VPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Seeds the infrastructure of a small cluster (backends, domains, machines, routers with disks
 * and partitions, pools with a driver and a metadata server per router) through the Dal, in
 * transactional batches. Volumes and virtual machines come from {@link DemoVolumes}.
 */
final class DemoSeeder {

    static final int ROUTERS = 8;
    static final int POOLS = 4;
    static final int DISKS_PER_ROUTER = 6;

    final Dal dal;
    final Batches batches;
    final List<VPool> pools = new ArrayList<>();
    final List<StorageRouter> routers = new ArrayList<>();
    final List<Domain> domains = new ArrayList<>();
    /** Per router, the partition its drivers keep metadata on (backrefs cannot see unsaved objects). */
    private final List<DiskPartition> dbPartitions = new ArrayList<>();

    DemoSeeder(Dal dal, int batchSize) {
        this.dal = dal;
        this.batches = new Batches(dal, batchSize);
    }

    void seedInfrastructure() {
        List<BackendType> types = List.of(type("Open vStorage Backend", "alba"), type("S3 compatible", "s3"));
        for (String name : List.of("rack-a", "rack-b", "room-2", "site-east")) {
            Domain d = add(dal.create(Domain.class));
            d.setName(name);
            domains.add(d);
        }
        List<Backend> backends = new ArrayList<>();
        for (int i = 0; i < POOLS; i++) {
            Backend b = add(dal.create(Backend.class));
            b.setName("backend-" + (i + 1));
            b.setStatus(Backend.Status.RUNNING);
            b.setBackendType(types.get(i % 2));
            backends.add(b);
            for (int k = 0; k < 2; k++) {
                BackendDomain bd = add(dal.create(BackendDomain.class));
                bd.setBackend(b);
                bd.setDomain(domains.get((i + k) % domains.size()));
            }
        }
        ServiceType arakoon = serviceType("Arakoon");
        ServiceType mds = serviceType("MetadataServer");
        serviceType("AlbaProxy");
        for (int r = 0; r < ROUTERS; r++) {
            router(r, arakoon);
        }
        for (int p = 0; p < POOLS; p++) {
            VPool pool = add(dal.create(VPool.class));
            pool.setName("pool-" + (char) ('a' + p));
            pool.setStatus(VPool.Status.RUNNING);
            pool.setBackend(backends.get(p));
            pools.add(pool);
            for (int r = 0; r < ROUTERS; r++) {
                driverAndMds(pool, routers.get(r), r, mds);
            }
        }
        batches.flush();
    }

    private void router(int r, ServiceType arakoon) {
        PMachine pm = add(dal.create(PMachine.class));
        pm.setName("host-" + (r + 1));
        pm.setIp("10.1.0." + (r + 1));
        StorageRouter sr = add(dal.create(StorageRouter.class));
        sr.setName("node-" + (r + 1));
        sr.setIp("10.0.0." + (r + 1));
        sr.setMachineId(String.format("%032x", 0xabc000L + r));
        sr.setNodeType(r < 3 ? StorageRouter.NodeType.MASTER : StorageRouter.NodeType.EXTRA);
        sr.setPmachine(pm);
        routers.add(sr);
        StorageRouterDomain own = add(dal.create(StorageRouterDomain.class));
        own.setStoragerouter(sr);
        own.setDomain(domains.get(r % domains.size()));
        if (r % 2 == 0) {
            StorageRouterDomain recovery = add(dal.create(StorageRouterDomain.class));
            recovery.setStoragerouter(sr);
            recovery.setDomain(domains.get((r + 1) % domains.size()));
            recovery.setRecovery(true);
        }
        for (int k = 0; k < DISKS_PER_ROUTER; k++) {
            Disk disk = add(dal.create(Disk.class));
            disk.setName("sd" + (char) ('a' + k));
            disk.setSerial("SN-" + (r + 1) + "-" + k);
            disk.setSize((k < 2 ? 800L : 4000L) << 30);
            disk.setSsd(k < 2);
            disk.setStoragerouter(sr);
            for (int n = 0; n < 2; n++) {
                DiskPartition part = add(dal.create(DiskPartition.class));
                part.setOffset(n * (disk.getSize() / 2));
                part.setSize(disk.getSize() / 2);
                part.setMountpoint("/mnt/" + disk.getName() + (n + 1));
                part.setFilesystem("ext4");
                part.setRoles(k < 2 ? Set.of(DiskRole.WRITE, DiskRole.DB) : Set.of(DiskRole.BACKEND));
                part.setDisk(disk);
                if (k == 0 && n == 0) {
                    dbPartitions.add(part);
                }
            }
        }
        Service s = add(dal.create(Service.class));
        s.setName("arakoon-" + sr.getName());
        s.setPorts(List.of(26400, 26401));
        s.setType(arakoon);
        s.setStoragerouter(sr);
    }

    private void driverAndMds(VPool pool, StorageRouter sr, int r, ServiceType mdsType) {
        StorageDriver sd = add(dal.create(StorageDriver.class));
        sd.setStoragedriverId(pool.getName() + sr.getMachineId().substring(24));
        sd.setName(sr.getName());
        sd.setStorageIp(sr.getIp());
        sd.setMountpoint("/mnt/" + pool.getName());
        sd.setPorts(new StorageDriver.Ports(26200, 26201, 26202, 26203));
        sd.setStoragerouter(sr);
        sd.setVpool(pool);
        Service s = add(dal.create(Service.class));
        s.setName("metadataserver-" + pool.getName() + "-" + sr.getName());
        s.setPorts(List.of(26300 + r));
        s.setType(mdsType);
        s.setStoragerouter(sr);
        MDSService mds = add(dal.create(MDSService.class));
        mds.setNumber(0);
        mds.setService(s);
        mds.setVpool(pool);
        StorageDriverPartition sdp = add(dal.create(StorageDriverPartition.class));
        sdp.setNumber(0);
        sdp.setRole(DiskRole.DB);
        sdp.setSubRole(StorageDriverPartition.SubRole.MDS);
        sdp.setStoragedriver(sd);
        sdp.setMdsService(mds);
        sdp.setPartition(dbPartitions.get(r));
    }

    private BackendType type(String name, String code) {
        BackendType t = add(dal.create(BackendType.class));
        t.setName(name);
        t.setCode(code);
        return t;
    }

    private ServiceType serviceType(String name) {
        ServiceType t = add(dal.create(ServiceType.class));
        t.setName(name);
        return t;
    }

    <T extends DataObject> T add(T object) {
        return batches.add(object);
    }
}
