package io.hybriddal.integration.evolve;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import java.time.Duration;

/**
 * The child process of {@code MigrationOnEtcdTest}, running release 2 of the model. Arguments:
 * store URI and a mode. {@code save}: prints {@code READY}, then creates volumes and moves the
 * sizes of release-1 ones until a line arrives on standard input, and prints {@code SAVED <n>}.
 * {@code migrate}: migrates with a 2 s lock lease, printing {@code PROGRESS <done>} per page (the
 * test kills it mid-build).
 */
public final class EvolveMain {

    private EvolveMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Dal dal = Dal.builder().persistentStore(args[0]).register(VolumeV2.class).migrationLockLease(Duration.ofSeconds(2)).build()) {
            if (args[1].equals("migrate")) {
                dal.migrate((step, done, total) -> System.out.println("PROGRESS " + done));
                System.out.println("MIGRATED");
                return;
            }
            System.out.println("READY");
            int saved = 0;
            while (System.in.available() == 0) {
                VolumeV2 v = dal.create(VolumeV2.class);
                v.setName("child-" + saved);
                v.setSize(saved % 7);
                v.save();
                for (VolumeV2 old : dal.query(VolumeV2.class).where(Filter.eq("name", "v-" + (saved % 300))).list()) {
                    old.setSize(1000 + saved);
                    old.save();
                }
                saved++;
            }
            System.out.println("SAVED " + saved);
        }
    }
}
