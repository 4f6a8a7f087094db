package io.hybriddal.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code hybrid-dal drift FILE}: whether the store differs from the design; exit code 3 when it does. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Checks whether the store differs from a design file; changes nothing.",
                "Exit code 0: no drift; 3: the store differs (the differences are listed as plan lists them)."},
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:no drift", "1:failure", "2:usage error", "3:the store differs"})
final class DriftCommand implements Callable<Integer> {

    /** The exit code when the store differs from the design. */
    static final int DRIFT = 3;

    @Mixin
    DesignOptions design;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (DesignOptions.Planned planned = design.plan(Session.Access.READ_ONLY)) {
            PrintWriter out = spec.commandLine().getOut();
            if (planned.plan().isEmpty()) {
                out.println("no drift: " + Session.redacted(design.stores.persistent) + " matches " + design.file);
                return 0;
            }
            out.println("drift: " + Session.redacted(design.stores.persistent) + " differs from " + design.file + " ("
                    + PlanText.summary(planned.plan().steps()) + ")");
            new PlanText(planned.session().dal, PlanText.stdoutIsTerminal()).print(planned.plan().steps(), out);
            return DRIFT;
        }
    }
}
