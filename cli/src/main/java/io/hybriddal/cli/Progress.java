package io.hybriddal.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr ({@code \r}-redrawn), for work over many objects. Draws at
 * most every 1% so it costs nothing; silent for small jobs, so short outputs stay clean.
 */
final class Progress {

    private static final int WIDTH = 30;
    private static final long QUIET_BELOW = 500;

    private final PrintWriter err;
    private final String what;
    private final long total;
    private final long step;
    private long done;
    private long nextDraw;
    private boolean drawn;
    private long drawnAt = -1;

    Progress(PrintWriter err, String what, long total) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.step = Math.max(1, total / 100);
        this.nextDraw = step;
    }

    void advance(long n) {
        done += n;
        if (total >= QUIET_BELOW && done >= nextDraw) {
            draw();
            nextDraw = done + step;
        }
    }

    void finish() {
        if (drawn) {
            if (drawnAt != done) {
                draw();
            }
            err.println();
            err.flush();
        }
    }

    private void draw() {
        int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %,d/%,d", what, "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total));
        err.flush();
        drawn = true;
        drawnAt = done;
    }
}
