package io.hybriddal.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code hybrid-dal plan FILE}: what apply would do to bring the store to the design; reads only. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Shows the steps that bring the store to a design file, as a diff; changes nothing.",
                "Objects match by guid, else by their hybrid's first unique property; members the file leaves out are not compared."})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    DesignOptions design;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (DesignOptions.Planned planned = design.plan(Session.Access.READ_ONLY)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("plan of " + design.file + " against " + Session.redacted(design.stores.persistent) + ": "
                    + PlanText.summary(planned.plan().steps()));
            new PlanText(planned.session().dal, PlanText.stdoutIsTerminal()).print(planned.plan().steps(), out);
        }
        return 0;
    }
}
