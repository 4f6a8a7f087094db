package io.hybriddal.store.memcached;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Bounded polling for tests: waits for a condition with a deadline instead of sleeping a fixed time. */
final class Poll {

    private Poll() {
    }

    /**
     * Evaluates {@code condition} every {@code interval} until it holds; returns how long that took.
     *
     * @throws AssertionError naming {@code what} when it still does not hold after {@code timeout}
     */
    static Duration until(String what, Duration timeout, Duration interval, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            LockSupport.parkNanos(interval.toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
