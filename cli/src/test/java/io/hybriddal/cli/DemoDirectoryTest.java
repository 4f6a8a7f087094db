package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo --dir} empties only a new or empty directory or a demo store: never a directory of someone's files. */
class DemoDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryHoldingAUserFileIsRefusedAndKeepsTheFile() throws Exception {
        Path mine = Files.writeString(dir.resolve("thesis.txt"), "three years of work");

        Cli.Result r = Cli.run("demo", "--dir", dir.toString(), "--objects", "1", "--out", dir.resolve("report.html").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(dir.toString()).contains("not a hybrid-dal file store").contains("nothing was deleted");
        assertThat(Files.readString(mine)).isEqualTo("three years of work");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(mine);
        }
    }
}
