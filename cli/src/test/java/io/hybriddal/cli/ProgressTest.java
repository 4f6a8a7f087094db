package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress redraws one line on a terminal; elsewhere (a log, a pipe) it writes a few plain lines. */
class ProgressTest {

    @Test
    void withoutATerminalItWritesAtMostFourPlainLinesAndNoCarriageReturn() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), "export", 10_003);
        for (int i = 0; i < 10_003; i++) {
            progress.advance(1);
        }
        progress.finish();

        assertThat(err.toString()).doesNotContain("\r");
        assertThat(err.toString().lines()).hasSizeBetween(1, 4).last().isEqualTo("export 10,003/10,003 (100%)");
    }

    @Test
    void onATerminalItRedrawsOneLine() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), "import", 1_000, true);
        for (int i = 0; i < 1_000; i++) {
            progress.advance(1);
        }
        progress.finish();

        assertThat(err.toString()).startsWith("\rimport [").contains("1,000/1,000").endsWith(System.lineSeparator());
        assertThat(err.toString().chars().filter(c -> c == '\n')).hasSize(1);
    }

    @Test
    void aSmallJobDrawsNothing() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), "export", 20, false);
        for (int i = 0; i < 20; i++) {
            progress.advance(1);
        }
        progress.finish();

        assertThat(err.toString()).isEmpty();
    }
}
