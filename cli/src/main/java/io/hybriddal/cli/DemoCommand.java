package io.hybriddal.cli;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.hybrids.VDisk;
import io.hybriddal.hybrids.system.SimulatedStorageSystem;
import io.hybriddal.hybrids.system.StorageSystem;
import io.hybriddal.report.ReportData;
import io.hybriddal.report.ReportGenerator;
import io.hybriddal.report.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hybrid-dal demo}: seeds the storage-management model into a fresh embedded file store,
 * exercises relations, dynamics and queries against a simulated storage system, and writes the
 * admin report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Seeds a storage cluster's inventory into a fresh file store, exercises it, and writes the admin report."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "out/demo-store", description = "store directory: new, empty or a demo store, emptied first (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--objects", paramLabel = "N", defaultValue = "3000", description = "about how many objects to seed (default: ${DEFAULT-VALUE})")
    int objects;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "out/report.html", description = "report file (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "250", description = "objects per transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (objects < 1 || batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), (objects < 1 ? "--objects" : "--batch")
                    + " must be at least 1, not " + (objects < 1 ? objects : batch));
        }
        long start = System.nanoTime();
        PrintWriter o = spec.commandLine().getOut();
        wipe(dir);
        ManualClock clock = new ManualClock(Instant.parse("2025-06-01T08:00:00Z"));
        StorageSystem.install(new SimulatedStorageSystem(clock));
        String uri = "file:" + dir.toAbsolutePath();
        try (Session session = Session.open(uri, "memory:", clock, Session.Access.READ_WRITE)) {
            long t = System.nanoTime();
            DemoSeeder seeder = new DemoSeeder(session.dal, batch);
            seeder.seedInfrastructure();
            List<VDisk> disks = DemoVolumes.seed(seeder, (int) Math.max(0, objects - seeder.batches.saved()));
            o.printf(Locale.ROOT, "hybrid-dal demo: %s%n", dir);
            o.printf(Locale.ROOT, "seeded     %,d objects of %d hybrids in %d transactions, %s%n", seeder.batches.saved(),
                    session.hybridNames().size(), seeder.batches.transactions(), DemoWorkload.ms(t));
            new DemoWorkload(session.dal, clock).run(seeder.pools, seeder.routers, disks).forEach(o::println);
            t = System.nanoTime();
            ReportData data = ReportGenerator.collect(session.dal, ReportOptions.defaults()
                    .withTitle("hybrid-dal demo: storage cluster inventory").withStores(uri, "memory:")
                    .withNeighbourhood("storagerouter", seeder.routers.get(0).getGuid(),
                            List.of("storagedrivers", "vpool", "disks", "partitions", "pmachine", "services", "mdsService"), 2));
            ReportGenerator.write(data, out);
            o.printf(Locale.ROOT, "report     %s (%,d KB) + %s, index check %s, %s%n", out, ReportCommand.sizeOf(out) / 1024,
                    ReportGenerator.jsonFileOf(out).getFileName(), data.consistency().healthy() ? "clean" : "FOUND PROBLEMS",
                    DemoWorkload.ms(t));
        } finally {
            StorageSystem.uninstall();
        }
        o.printf(Locale.ROOT, "total      %s%n", DemoWorkload.ms(start));
        return 0;
    }

    /**
     * Empties the store directory: the demo starts from nothing on every run. Only a new or empty
     * directory or a hybrid-dal file store is emptied; anything else is refused, deleting nothing.
     */
    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--dir " + dir + " is a file, not a directory; nothing was deleted");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty) {
            // opened without creating anything: only an existing store opens
            try (PersistentStore store = PersistentStore.open("file:" + dir.toAbsolutePath() + "?create=false")) {
                store.currentRevision();
            } catch (StoreException | IllegalArgumentException e) {
                throw new IllegalArgumentException("--dir " + dir + " is not empty and is not a hybrid-dal file store ("
                        + e.getMessage() + "); nothing was deleted: choose a new or empty directory, or a demo store", e);
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
