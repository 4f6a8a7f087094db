package io.hybriddal.cli;

import io.hybriddal.hybrids.Domain;
import io.hybriddal.hybrids.PMachine;
import io.hybriddal.hybrids.VDisk;
import io.hybriddal.hybrids.VDiskDomain;
import io.hybriddal.hybrids.VMachine;
import io.hybriddal.hybrids.VPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Seeds the tenant side: virtual machines with vDisks spread over the pools, some vDisks being
 * templates and others their clones (parent/child), and some placed in failure domains. Sizes
 * and states come from a seeded random generator, so every demo run builds the same inventory.
 */
final class DemoVolumes {

    private DemoVolumes() {
    }

    /** Adds about {@code budget} objects; returns the vDisks. */
    static List<VDisk> seed(DemoSeeder seeder, int budget) {
        Random random = new Random(42);
        int machines = Math.max(1, budget / 6);
        int disks = Math.max(1, budget / 2);
        int placements = Math.max(0, budget - machines - disks);
        List<PMachine> hosts = seeder.routers.stream().map(r -> r.getPmachine()).toList();
        List<VMachine> vms = new ArrayList<>();
        for (int i = 0; i < machines; i++) {
            VMachine vm = seeder.add(seeder.dal.create(VMachine.class));
            vm.setName("vm-" + (i + 1));
            vm.setHypervisorId(new UUID(random.nextLong(), random.nextLong()).toString());
            vm.setStatus(random.nextInt(10) < 8 ? VMachine.Status.RUNNING : VMachine.Status.HALTED);
            vm.setPmachine(hosts.get(i % hosts.size()));
            vms.add(vm);
        }
        List<VDisk> result = new ArrayList<>();
        List<List<VDisk>> templates = new ArrayList<>();
        seeder.pools.forEach(p -> templates.add(new ArrayList<>()));
        for (int i = 0; i < disks; i++) {
            int p = i % seeder.pools.size();
            VPool pool = seeder.pools.get(p);
            VDisk d = seeder.add(seeder.dal.create(VDisk.class));
            boolean template = i < 4 * seeder.pools.size();
            d.setName(template ? "template-" + (i + 1) : "vd-" + (i + 1));
            d.setDevicename("/" + pool.getName() + "/disk-" + (i + 1) + ".raw");
            d.setVolumeId("vol-" + Integer.toHexString(0x100000 + i));
            d.setSize((8L + random.nextInt(500)) << 30);
            d.setStatus(template ? VDisk.Status.HALTED : random.nextInt(10) < 9 ? VDisk.Status.RUNNING : VDisk.Status.HALTED);
            d.setTemplate(template);
            d.setVpool(pool);
            if (template) {
                templates.get(p).add(d);
            } else {
                d.setVmachine(vms.get(i % vms.size()));
                if (random.nextInt(3) == 0) {
                    List<VDisk> candidates = templates.get(p);
                    d.setParentVdisk(candidates.get(random.nextInt(candidates.size())));
                }
            }
            result.add(d);
        }
        for (int i = 0; i < placements; i++) {
            VDiskDomain placement = seeder.add(seeder.dal.create(VDiskDomain.class));
            placement.setVdisk(result.get(i % result.size()));
            List<Domain> domains = seeder.domains;
            placement.setDomain(domains.get((i / result.size() + i) % domains.size()));
        }
        seeder.batches.flush();
        return result;
    }
}
