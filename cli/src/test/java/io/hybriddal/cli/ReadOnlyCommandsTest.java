package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Commands that only read refuse a {@code file:} path where no store exists, and create nothing there. */
class ReadOnlyCommandsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"inspect", "export", "report"})
    void aMistypedFileStorePathIsRefusedNamingItAndNothingIsCreated(String command) {
        Path typo = dir.resolve("demo-stor");
        String[] args = switch (command) {
            case "inspect" -> new String[] {"inspect", "--persistent", "file:" + typo, "vdisk", "some-guid"};
            case "report" -> new String[] {"report", "--persistent", "file:" + typo, "--out", dir.resolve("r.html").toString()};
            default -> new String[] {command, "--persistent", "file:" + typo};
        };

        Cli.Result r = Cli.run(args);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no file store at [" + typo + "]");
        assertThat(typo).doesNotExist();
        assertThat(dir.resolve("r.html")).doesNotExist();
    }
}
