package io.hybriddal.integration;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Bounded polling for the fault tests (never {@code Thread.sleep}: a short park between checks). */
final class Polling {

    private Polling() {
    }

    /**
     * Checks {@code condition} every {@code pause} until it holds; returns how long that took.
     *
     * @throws AssertionError naming {@code what} when it does not hold within {@code timeout}
     */
    static Duration await(String what, Duration timeout, Duration pause, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after " + timeout + ": " + what);
            }
            LockSupport.parkNanos(pause.toNanos());
            if (Thread.interrupted()) {
                throw new AssertionError("interrupted while waiting: " + what);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
