package io.hybriddal.dal;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, bounded, for what another thread (a watch's delivery) makes true. */
final class Eventually {

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails after 5 s. */
    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.onSpinWait();
        }
    }
}
