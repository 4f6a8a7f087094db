package io.hybriddal.cli;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import io.hybriddal.hybrids.StorageRouter;
import io.hybriddal.hybrids.VDisk;
import io.hybriddal.hybrids.VPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exercises the seeded inventory the way a management service would: backref reads, dynamics
 * read cold, warm and after their TTL (by advancing the clock, never sleeping), and queries
 * (skipped with a note while the query engine is not available). Returns printable lines.
 */
final class DemoWorkload {

    private final Dal dal;
    private final ManualClock clock;
    private final List<String> lines = new ArrayList<>();

    DemoWorkload(Dal dal, ManualClock clock) {
        this.dal = dal;
        this.clock = clock;
    }

    List<String> run(List<VPool> pools, List<StorageRouter> routers, List<VDisk> disks) {
        long t = System.nanoTime();
        int listed = 0;
        int clones = 0;
        for (VPool p : pools) {
            listed += p.getVdisks().size() + p.getStoragedrivers().size();
        }
        for (StorageRouter r : routers) {
            listed += r.getDisks().size() + r.getServices().size();
        }
        List<VDisk> sample = disks.subList(0, Math.min(200, disks.size()));
        for (VDisk d : sample) {
            clones += d.getChildVdisks().size();
        }
        lines.add(String.format(Locale.ROOT, "relations  %,d members read through backrefs (%,d clones of the first %d vdisks), %s",
                listed, clones, sample.size(), ms(t)));

        t = System.nanoTime();
        sample.forEach(VDisk::getStatistics);
        sample.forEach(VDisk::getSnapshots);
        pools.forEach(VPool::getStatistics);
        routers.forEach(StorageRouter::getHealth);
        String cold = ms(t);
        t = System.nanoTime();
        sample.forEach(VDisk::getStatistics);
        sample.forEach(VDisk::getSnapshots);
        pools.forEach(VPool::getStatistics);
        String warm = ms(t);
        clock.advance(Duration.ofSeconds(5)); // past the 4 s TTL of vdisk statistics, within the 60 s of snapshots
        t = System.nanoTime();
        sample.forEach(VDisk::getStatistics);
        sample.forEach(VDisk::getSnapshots);
        lines.add(String.format(Locale.ROOT, "dynamics   statistics+snapshots of %d vdisks: cold %s, cached %s, after the 4 s TTL of statistics %s",
                sample.size(), cold, warm, ms(t)));
        queries();
        return lines;
    }

    private void queries() {
        long t = System.nanoTime();
        try {
            long running = dal.query(VDisk.class).where(Filter.eq("status", VDisk.Status.RUNNING)).count();
            long templates = dal.query(VDisk.class).where(Filter.eq("template", true)).count();
            int poolA = dal.query(VDisk.class).where(Filter.eq("vpool.name", "pool-a"))
                    .where(Filter.startsWith("name", "vd-1")).orderBy("name").limit(10).list().size();
            lines.add(String.format(Locale.ROOT, "queries    %,d running vdisks, %,d templates, %d of pool-a named vd-1* (first 10), %s",
                    running, templates, poolA, ms(t)));
        } catch (UnsupportedOperationException e) {
            lines.add("queries    skipped: dal.query is not available in this build (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            lines.add("queries    skipped: the query engine failed: " + Failures.describe(e));
        }
    }

    static String ms(long startNanos) {
        return String.format(Locale.ROOT, "%,d ms", (System.nanoTime() - startNanos) / 1_000_000);
    }
}
