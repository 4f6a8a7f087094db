package io.hybriddal.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hybrid-dal} command: a demo of the storage-management model, admin reports,
 * object inspection, object graphs, export/import of a store's objects as JSON lines, and the plan,
 * apply and drift of a design file.
 *
 * <p>Exit codes: 0 success, 1 a runtime failure (the message names the store, hybrid or guid),
 * 2 a usage error (picocli's message and the usage help), 3 drift found by {@code drift}, or done but
 * past corrupt documents (each named on stderr).
 */
@Command(name = "hybrid-dal", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Tools for hybrid-dal stores: demo, report, inspect, graph, export, import, plan, apply, drift.",
        subcommands = {DemoCommand.class, ReportCommand.class, InspectCommand.class, GraphCommand.class, ExportCommand.class,
                ImportCommand.class, StatusCommand.class, MigrateCommand.class, PlanCommand.class, ApplyCommand.class, DriftCommand.class,
                CommandLine.HelpCommand.class})
public final class HybridDalCommand implements Runnable {

    /** Held strongly: java.util.logging keeps only weak references, and a collected logger forgets its level. */
    private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: runtime failures print one actionable line and exit 1. */
    public static CommandLine commandLine() {
        // Hibernate Validator announces itself through java.util.logging on stderr: keep stderr for our messages
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        CommandLine cli = new CommandLine(new HybridDalCommand());
        cli.setExecutionExceptionHandler(HybridDalCommand::failed);
        return cli;
    }

    @Override
    public void run() {
        // no subcommand: show what there is, as a usage error would
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command");
    }

    private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("hybrid-dal " + cli.getCommandName() + ": " + Failures.describe(e));
        if (System.getenv("HYBRIDDAL_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set HYBRIDDAL_DEBUG=1 for the stack trace)");
        }
        err.flush();
        return 1;
    }
}
