package io.hybriddal.cli;

import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.StoredDocument;
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
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hybrid-dal export}: streams every object (or those of some hybrids) as JSON lines
 * ({@link ObjectLines}), a backup: each line holds exactly the stored document, read as stored
 * ({@code dal.admin().storedDocuments}, page by page), so nothing is dropped (fields the model does
 * not declare included) and nothing invented (no defaults for fields the document lacks). Without
 * {@code --hybrid}, a store holding objects of hybrids the model does not declare is refused,
 * naming them: those objects could not be in the backup. Hybrids in registration order, objects in
 * key (guid) order, so two exports of equal stores are equal files. A document that is not JSON is
 * named on stderr and skipped, the export goes on, and the exit code is then
 * {@link CorruptDocuments#EXIT_CODE}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every stored object as JSON lines (one object per line): exactly its stored fields.",
                "Refuses a store holding hybrids the model does not declare, unless --hybrid names the ones to export."})
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
                List<String> unknown = session.unknownStoredHybrids();
                if (!unknown.isEmpty()) {
                    throw new IllegalArgumentException("store " + Session.redacted(stores.persistent) + " holds objects of hybrids " + session.modelName()
                            + " does not declare (" + String.join(", ", unknown) + "); an export without them is no backup: pass --model with"
                            + " the model declaring them, or --hybrid to export only the declared ones");
                }
                models.addAll(session.hybrids());
            } else {
                hybrids.forEach(h -> models.add(session.hybrid(h)));
            }
            Writer writer = out == null ? spec.commandLine().getOut()
                    : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
            long n;
            CorruptDocuments corrupt = new CorruptDocuments(spec.commandLine().getErr());
            try {
                n = export(session.dal, models, writer, spec.commandLine().getErr(), corrupt);
            } finally {
                writer.flush();
                if (out != null) {
                    writer.close();
                }
            }
            if (out != null) {
                spec.commandLine().getErr().printf("exported %,d objects to %s%n", n, out);
            }
            return corrupt.finish("not exported (named above)");
        }
    }

    /** Writes the objects of {@code models}, telling {@code corrupt} of those it cannot read; returns how many it wrote. */
    static long export(Dal dal, List<HybridInfo> models, Writer writer, PrintWriter err, CorruptDocuments corrupt) throws IOException {
        long total = 0;
        for (HybridInfo m : models) {
            total += dal.admin().count(m.name());
        }
        Progress progress = new Progress(err, "export", total);
        long written = 0;
        for (HybridInfo m : models) {
            Iterator<StoredDocument> documents = dal.admin().storedDocuments(m.name()).iterator();
            while (documents.hasNext()) {
                StoredDocument doc;
                try {
                    doc = documents.next();
                } catch (CorruptDataException e) { // the iterator has moved past it
                    corrupt.skipped(e);
                    progress.advance(1);
                    continue;
                }
                writer.write(ObjectLines.encode(m, doc));
                writer.write('\n');
                written++;
                progress.advance(1);
            }
        }
        progress.finish();
        return written;
    }
}
