package io.hybriddal.cli;

import io.hybriddal.dal.CorruptDataException;
import java.io.PrintWriter;

/**
 * The corrupt documents a command met and went past: each is named on stderr as it is met
 * (key and why), and they decide the exit code ({@link #EXIT_CODE} when there was any), so
 * one unreadable document neither stops a tool nor goes unnoticed.
 */
final class CorruptDocuments {

    /** The exit code of a command that finished but went past corrupt documents. */
    static final int EXIT_CODE = 3;

    private final PrintWriter err;
    private long count;

    CorruptDocuments(PrintWriter err) {
        this.err = err;
    }

    /** Names the document on stderr and counts it. */
    void skipped(CorruptDataException e) {
        named(e.key(), e.getMessage());
    }

    /** Names a corrupt document on stderr (its key and why) and counts it. */
    void named(String key, String why) {
        count++;
        err.println("corrupt document [" + key + "]: " + why);
    }

    /** Counts {@code more} corrupt documents found but not named one by one. */
    void alsoCounted(long more) {
        count += more;
    }

    /** Prints how many were skipped (nothing when none) and returns the command's exit code. */
    int finish(String what) {
        if (count == 0) {
            return 0;
        }
        err.printf("%,d corrupt document%s %s; exit code %d%n", count, count == 1 ? "" : "s", what, EXIT_CODE);
        err.flush();
        return EXIT_CODE;
    }
}
