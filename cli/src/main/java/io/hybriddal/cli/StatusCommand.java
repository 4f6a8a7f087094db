package io.hybriddal.cli;

import io.hybriddal.dal.IndexStatus;
import io.hybriddal.dal.ModelStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code hybrid-dal status}: the model the store records (version, state of every key space)
 * against the model given with {@code --model}: what {@code migrate} would do. Only reads.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the model version and the state of every unique, index and reverse key space.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    StoreOptions stores;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Session session = Session.open(stores, Clock.systemUTC(), Session.Access.READ_ONLY)) {
            print(session.dal.modelStatus(), spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(ModelStatus status, PrintWriter out) {
        out.printf("model version: stored %d, this model knows %d%n", status.storedVersion(), status.knownVersion());
        out.println("key spaces:");
        for (IndexStatus s : status.indexes()) {
            out.printf("  %-8s %-9s %s.%s%n", s.state(), s.kind(), s.hybrid(), s.field());
        }
        for (IndexStatus s : status.obsolete()) {
            out.printf("  %-8s %-9s %s.%s  (no longer declared)%n", s.state(), s.kind(), s.hybrid(), s.field());
        }
        status.renamedFields().forEach(r -> out.printf("renamed: %s%n", r));
        out.println(status.upToDate() ? "up to date" : "migrate needed");
    }
}
