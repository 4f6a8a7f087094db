package io.hybriddal.cli;

import io.hybriddal.dal.ApplyResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hybrid-dal apply FILE}: shows the plan, asks for confirmation (unless {@code --yes}) and
 * applies it: one store commit when it fits, otherwise batches under the store's plan log.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Brings the store to a design file: shows the plan, asks for confirmation, then applies it.",
                "Nothing is written if an object changed since the plan read it.",
                "A plan too large for one store commit is written in batches under a plan log in the store."})
final class ApplyCommand implements Callable<Integer> {

    @Mixin
    DesignOptions design;

    @Option(names = {"-y", "--yes"}, description = "apply without asking")
    boolean yes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (DesignOptions.Planned planned = design.plan(Session.Access.READ_WRITE)) {
            var steps = planned.plan().steps();
            if (steps.isEmpty()) {
                out.println("nothing to apply: " + Session.redacted(design.stores.persistent) + " matches " + design.file);
                return 0;
            }
            out.println("plan of " + design.file + ": " + PlanText.summary(steps));
            new PlanText(planned.session().dal, PlanText.stdoutIsTerminal()).print(steps, out);
            if (!yes && !confirmed(out)) {
                out.println("not applied");
                return 1;
            }
            Progress progress = new Progress(spec.commandLine().getErr(), "apply", steps.size());
            ApplyResult result = planned.plan().apply(step -> progress.advance(1));
            progress.finish();
            out.printf(Locale.ROOT, "applied %d steps in %d %s, %d ms%n", result.applied().size(), result.commits(),
                    result.commits() == 1 ? "commit" : "commits", result.duration().toMillis());
        }
        return 0;
    }

    private static boolean confirmed(PrintWriter out) throws IOException {
        out.print("apply these steps? [y/N] ");
        out.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}
