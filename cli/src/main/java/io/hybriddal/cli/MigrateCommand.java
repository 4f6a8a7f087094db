package io.hybriddal.cli;

import io.hybriddal.dal.IndexStatus;
import io.hybriddal.dal.MigrationResult;
import io.hybriddal.dal.ModelStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hybrid-dal migrate [--dry-run]}: brings the store to the model given with {@code --model}
 * ({@code Dal.migrate()}: builds key spaces that are not ready, drops those no longer declared,
 * rewrites former field names), online, with a progress bar per step on stderr. The
 * application's own {@code Migration}s run where the application builds its Dal; this command
 * has none. {@code --dry-run} prints what would be done and writes nothing.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Builds missing key spaces, drops undeclared ones and rewrites renamed fields, online.")
final class MigrateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions stores;

    @Option(names = "--dry-run", description = "print what would be done; write nothing")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.open(stores, Clock.systemUTC(), dryRun ? Session.Access.READ_ONLY : Session.Access.READ_WRITE)) {
            if (dryRun) {
                plan(session.dal.modelStatus(), out);
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            Progress[] bar = new Progress[1];
            String[] current = new String[1];
            long[] shown = new long[1];
            MigrationResult result = session.dal.migrate((step, done, total) -> {
                if (!step.equals(current[0])) {
                    if (bar[0] != null) {
                        bar[0].finish();
                    }
                    current[0] = step;
                    bar[0] = new Progress(err, step, total);
                    shown[0] = 0;
                }
                bar[0].advance(done - shown[0]);
                shown[0] = done;
            });
            if (bar[0] != null) {
                bar[0].finish();
            }
            result.indexesBuilt().forEach(s -> out.printf("built    %-9s %s.%s%n", s.kind(), s.hybrid(), s.field()));
            result.indexesDropped().forEach(s -> out.printf("dropped  %-9s %s.%s%n", s.kind(), s.hybrid(), s.field()));
            out.printf("rewrote  %d documents with former field names%n", result.objectsRewritten());
            out.printf("done in %d ms%n", result.duration().toMillis());
        }
        return 0;
    }

    private static void plan(ModelStatus status, PrintWriter out) {
        out.println("dry run: nothing is written");
        int steps = 0;
        for (IndexStatus s : status.indexes()) {
            if (s.state() != IndexStatus.State.READY) {
                out.printf("would build   %-9s %s.%s (now %s)%n", s.kind(), s.hybrid(), s.field(), s.state());
                steps++;
            }
        }
        for (IndexStatus s : status.obsolete()) {
            out.printf("would drop    %-9s %s.%s (no longer declared)%n", s.kind(), s.hybrid(), s.field());
            steps++;
        }
        for (String renamed : status.renamedFields()) {
            out.printf("would rewrite documents still holding the former name: %s%n", renamed);
        }
        status.pending().forEach(m -> out.printf("would run migration %d %s%n", m.version(), m.description()));
        int total = steps + status.pending().size();
        out.println(total == 0 ? "no key space to build or drop, no migration pending" : total + " steps");
    }
}
