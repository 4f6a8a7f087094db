package io.hybriddal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import picocli.CommandLine.Parameters;

/**
 * {@code hybrid-dal import FILE}: reads JSON lines written by {@code export}, checks all of them
 * ({@link ImportPlan}), orders targets before children ({@link ImportOrder}) and writes them in
 * transactional batches ({@link ImportWriter}). Guids are kept; versions start again at 1.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports JSON lines written by export, checking every line before anything is written.",
                "Batches are all-or-nothing; --resume skips objects already imported with the same content."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions stores;

    @Parameters(index = "0", paramLabel = "FILE", description = "JSON lines file, or - for standard input")
    String file;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
            description = "objects per transaction (default: ${DEFAULT-VALUE}; lower it for etcd's --max-txn-ops)")
    int batch;

    @Option(names = "--resume", description = "skip objects already stored with the same content")
    boolean resume;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        List<ObjectLines.Line> lines = read();
        try (Session session = Session.open(stores, Clock.systemUTC(), Session.Access.READ_WRITE)) {
            ImportPlan.Checked checked = new ImportPlan(session.dal).check(lines, resume);
            List<ImportItem> ordered = ImportOrder.order(checked.items());
            Progress progress = new Progress(spec.commandLine().getErr(), "import", ordered.size());
            long written = new ImportWriter(session.dal, batch).write(ordered, progress);
            progress.finish();
            spec.commandLine().getOut().printf("imported %,d objects (%,d already present) into %s%n",
                    written, checked.skipped(), stores.persistent);
        }
        return 0;
    }

    private List<ObjectLines.Line> read() throws IOException {
        List<ObjectLines.Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader in = "-".equals(file)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            int number = 0;
            for (String text; (text = in.readLine()) != null; ) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    lines.add(ObjectLines.decode(number, text));
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("import file " + file + " does not exist");
        }
        if (!problems.isEmpty()) {
            throw new ImportPlan.ImportRejected(problems);
        }
        return lines;
    }
}
