package io.hybriddal.cli;

import io.hybriddal.dal.ConsistencyReport;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.report.ReportData;
import io.hybriddal.report.ReportGenerator;
import io.hybriddal.report.ReportOptions;
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

/** {@code hybrid-dal report}: the admin report (HTML + JSON) of any store, for the hybrids on the class path. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the admin report of a store (HTML, and the same data in FILE.json).",
                "It shows the model diagram, objects, dynamics, the index consistency check, store health and, "
                        + "with --object, one object's neighbourhood."})
final class ReportCommand implements Callable<Integer> {

    /** The consistency check's kind for a document that cannot be decoded. */
    private static final String CORRUPT_KIND = "corrupt-document";

    @Mixin
    StoreOptions stores;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "out/report.html", description = "HTML file (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--objects", paramLabel = "N", defaultValue = "20", description = "objects listed per hybrid (default: ${DEFAULT-VALUE})")
    int objects;

    @Option(names = "--object", paramLabel = "HYBRID:GUID", description = "draw this object's neighbourhood")
    String object;

    @Option(names = "--follow", paramLabel = "NAME", split = ",", description = "relations and backrefs the neighbourhood follows")
    List<String> follow = new ArrayList<>();

    @Option(names = "--depth", paramLabel = "N", defaultValue = "2", description = "neighbourhood depth (default: ${DEFAULT-VALUE})")
    int depth;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (objects < 0 || depth < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), (objects < 0 ? "--objects" : "--depth")
                    + " must be 0 or more, not " + (objects < 0 ? objects : depth));
        }
        ReportOptions options = ReportOptions.defaults().withObjectsPerHybrid(objects).withStores(stores.persistent, stores.volatileStore);
        String focusHybrid = null;
        String focusGuid = null;
        if (object != null) {
            int colon = object.indexOf(':');
            if (colon <= 0 || colon == object.length() - 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--object must be HYBRID:GUID, e.g. vpool:1f0c..., not " + object);
            }
            if (follow.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--object needs --follow with relation or backref names");
            }
            focusHybrid = object.substring(0, colon);
            focusGuid = object.substring(colon + 1);
            options = options.withNeighbourhood(focusHybrid, focusGuid, follow, depth);
        }
        long start = System.nanoTime();
        try (Session session = Session.open(stores, Clock.systemUTC(), Session.Access.READ_ONLY)) {
            if (focusHybrid != null) {
                checkFocus(session, focusHybrid, focusGuid);
            }
            ReportData data = ReportGenerator.collect(session.dal, options);
            ReportGenerator.write(data, out);
            spec.commandLine().getOut().printf("report: %s (%,d bytes) and %s, %d ms%n", out, sizeOf(out),
                    ReportGenerator.jsonFileOf(out), (System.nanoTime() - start) / 1_000_000);
            return corruptDocuments(data.consistency());
        }
    }

    /** Names the corrupt documents the consistency check found (the report went past them) and gives the exit code. */
    private int corruptDocuments(ConsistencyReport consistency) {
        CorruptDocuments corrupt = new CorruptDocuments(spec.commandLine().getErr());
        long named = 0;
        for (ConsistencyReport.Issue issue : consistency.examples()) {
            if (issue.kind().equals(CORRUPT_KIND)) {
                corrupt.named(issue.key(), issue.detail());
                named++;
            }
        }
        corrupt.alsoCounted(consistency.count(CORRUPT_KIND) - named);
        return corrupt.finish("found (the report's consistency check lists them)");
    }

    /** The focused object and the names to follow from it, checked before the report's work begins. */
    private void checkFocus(Session session, String hybrid, String guid) {
        HybridInfo focus = session.hybrid(hybrid);
        FollowNames.problem(session.dal.model(), focus, follow, depth).ifPresent(problem -> {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        });
        if (session.dal.find(focus.name(), guid).isEmpty()) {
            throw new ObjectNotFoundException("--object " + object + ": " + focus.name() + " " + guid + " is not in "
                    + stores.persistent + "; nothing was written");
        }
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
