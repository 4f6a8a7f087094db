package io.hybriddal.cli;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.ScanPage;
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
 * {@code hybrid-dal export}: streams every object (or those of some hybrids) as JSON lines, page
 * by page: a page of keys from a scan, then one multi-get. Hybrids in registration order,
 * objects in guid order, so two exports of equal stores are equal files.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes objects as JSON lines (one object per line).")
final class ExportCommand implements Callable<Integer> {

    static final int PAGE = 500;

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
        try (Session session = Session.open(stores, Clock.systemUTC())) {
            List<HybridModel> models = new ArrayList<>();
            if (hybrids.isEmpty()) {
                models.addAll(session.engine().registry().models());
            } else {
                hybrids.forEach(h -> models.add(session.hybrid(h)));
            }
            Writer writer = out == null ? spec.commandLine().getOut()
                    : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
            long n;
            try {
                n = export(session.engine(), models, writer, spec.commandLine().getErr());
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
    static long export(DalEngine engine, List<HybridModel> models, Writer writer, PrintWriter err) throws IOException {
        long total = 0;
        for (HybridModel m : models) {
            total += count(engine, m);
        }
        Progress progress = new Progress(err, "export", total);
        long written = 0;
        for (HybridModel m : models) {
            String after = null;
            while (true) {
                ScanPage page = engine.persistent().scan(Keys.objectPrefix(m), after, PAGE);
                List<String> guids = new ArrayList<>();
                for (KeyValue kv : page.entries()) {
                    guids.add(Keys.lastSegment(kv.key()));
                }
                for (DataObject o : engine.list(m.type(), guids)) {
                    writer.write(ObjectLines.encode(m, o));
                    writer.write('\n');
                    written++;
                }
                progress.advance(guids.size());
                if (!page.more() || page.entries().isEmpty()) {
                    break;
                }
                after = page.lastKey();
            }
        }
        progress.finish();
        return written;
    }

    private static long count(DalEngine engine, HybridModel m) {
        long n = 0;
        String after = null;
        while (true) {
            ScanPage page = engine.persistent().scan(Keys.objectPrefix(m), after, 5000);
            n += page.entries().size();
            if (!page.more() || page.entries().isEmpty()) {
                return n;
            }
            after = page.lastKey();
        }
    }
}
