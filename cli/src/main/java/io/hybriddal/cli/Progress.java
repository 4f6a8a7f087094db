package io.hybriddal.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of work over many objects, on stderr; silent for small jobs, so short outputs stay clean.
 * On a terminal a one-line bar, {@code \r}-redrawn at most every 1%; otherwise (a log file, a pipe, CI)
 * at most {@value #PLAIN_LINES} plain lines, one per quarter of the work, and never a {@code \r}.
 */
final class Progress {

    /** Set by {@code bin/hybrid-dal} to whether its stderr is a terminal ({@code [ -t 2 ]}). */
    static final String STDERR_TERMINAL = "hybriddal.stderr.terminal";

    private static final int WIDTH = 30;
    private static final long QUIET_BELOW = 500;
    private static final int PLAIN_LINES = 4;

    private final PrintWriter err;
    private final String what;
    private final long total;
    private final boolean terminal;
    private final long step;
    private long done;
    private long nextDraw;
    private int draws;
    private boolean drawn;
    private long drawnAt = -1;

    /** A progress whose form depends on whether stderr is a terminal ({@link #stderrIsTerminal()}). */
    Progress(PrintWriter err, String what, long total) {
        this(err, what, total, stderrIsTerminal());
    }

    Progress(PrintWriter err, String what, long total, boolean terminal) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.terminal = terminal;
        this.step = Math.max(1, total / 100);
        this.nextDraw = next();
    }

    /** Where the next drawing is due: every 1% on a terminal; at each quarter (rounded up, the last at the total) otherwise. */
    private long next() {
        return terminal ? done + step : Math.max(1, (total * (draws + 1) + PLAIN_LINES - 1) / PLAIN_LINES);
    }

    /**
     * Whether stderr is a terminal: as {@code bin/hybrid-dal} found ({@value #STDERR_TERMINAL}); without
     * it (plain {@code java -jar}), Java only knows whether there is a console at all.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty(STDERR_TERMINAL);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    void advance(long n) {
        done += n;
        if (total >= QUIET_BELOW && done >= nextDraw) {
            draw();
            nextDraw = next();
        }
    }

    void finish() {
        if (drawn) {
            if (drawnAt != done) {
                draw();
            }
            if (terminal) {
                err.println();
            }
            err.flush();
        }
    }

    private void draw() {
        if (terminal) {
            int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
            err.print(String.format(Locale.ROOT, "\r%s [%s%s] %,d/%,d", what, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    done, total));
        } else {
            err.println(String.format(Locale.ROOT, "%s %,d/%,d (%d%%)", what, done, total, total == 0 ? 100 : done * 100 / total));
        }
        err.flush();
        draws++;
        drawn = true;
        drawnAt = done;
    }
}
