package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad option value is a usage error (exit 2) naming the option, in the user's words, not the code's. */
class BadOptionValueTest {

    @ParameterizedTest
    @CsvSource({
        "report, --depth, x",
        "report, --depth, -1",
        "report, --objects, -5",
        "demo, --objects, -5",
        "demo, --batch, 0",
        "import, --batch, 0",
    })
    void aBadValueIsAUsageErrorNamingTheOption(String command, String option, String value) {
        Cli.Result r = command.equals("import") ? Cli.run(command, option, value, "nosuch.jsonl") : Cli.run(command, option, value);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(option).contains(value).contains("Usage: hybrid-dal " + command)
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("objectsPerHybrid");
    }
}
