package io.hybriddal.cli;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hybrid-dal export}: streams every object (or those of some hybrids) as JSON lines, through
 * public queries only (the store's key layout is the Dal's business): per hybrid one query ordered
 * by guid, whose result list loads its objects page by page. Hybrids in registration order,
 * objects in guid order, so two exports of equal stores are equal files.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes objects as JSON lines (one object per line).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions stores;

    @Option(names = "--hybrid", paramLabel = "NAME", split = ",", description = "only these hybrids")
    List<String> hybrids = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Session session = Session.open(stores, Clock.systemUTC(), Session.Access.READ_ONLY)) {
            List<HybridInfo> models = new ArrayList<>();
            if (hybrids.isEmpty()) {
                models.addAll(session.hybrids());
            } else {
                hybrids.forEach(h -> models.add(session.hybrid(h)));
            }
            Writer writer = out == null ? spec.commandLine().getOut()
                    : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
            long n;
            try {
                n = export(session.dal, models, writer, spec.commandLine().getErr());
            } finally {
                writer.flush();
                if (out != null) {
                    writer.close();
                }
            }
            if (out != null) {
                spec.commandLine().getErr().printf("exported %,d objects to %s%n", n, out);
            }
        }
        return 0;
    }

    /** Writes the objects of {@code models}; returns how many. */
    static long export(Dal dal, List<HybridInfo> models, Writer writer, PrintWriter err) throws IOException {
        long total = 0;
        for (HybridInfo m : models) {
            total += dal.admin().count(m.name());
        }
        Progress progress = new Progress(err, "export", total);
        long written = 0;
        for (HybridInfo m : models) {
            for (DataObject o : dal.query(m.name()).orderBy("guid").list()) {
                writer.write(ObjectLines.encode(m, o));
                writer.write('\n');
                written++;
                progress.advance(1);
            }
        }
        progress.finish();
        return written;
    }
}
