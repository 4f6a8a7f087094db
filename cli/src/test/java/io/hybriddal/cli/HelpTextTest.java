package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Descriptions are whole sentences wherever picocli shows them, including the one-line summaries of {@code --help}. */
class HelpTextTest {

    @Test
    void everyCommandSummaryInTheTopLevelHelpIsAWholeSentence() {
        String help = Cli.run("--help").out();
        Map<String, String> summaries = new LinkedHashMap<>();
        String command = null;
        for (String line : help.substring(help.indexOf("Commands:")).lines().skip(1).toList()) {
            if (line.matches("  \\S.*")) {
                command = line.trim().split("\\s+", 2)[0];
                summaries.put(command, line.trim().split("\\s+", 2)[1]);
            } else if (command != null) {
                summaries.merge(command, line.trim(), (a, b) -> a + " " + b);
            }
        }

        assertThat(summaries).containsKeys("demo", "report", "inspect", "export", "import", "plan", "apply", "drift");
        summaries.forEach((c, summary) -> assertThat(summary).as(c).endsWith("."));
    }

    @Test
    void everyDescriptionLineOfOurCommandsEndsASentence() {
        for (CommandLine sub : HybridDalCommand.commandLine().getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) {
                continue; // picocli's own
            }
            for (String line : sub.getCommandSpec().usageMessage().description()) {
                assertThat(line).as(sub.getCommandName()).endsWith(".");
            }
        }
    }
}
