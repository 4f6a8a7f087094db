package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.spi.StoreWatch;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Whether a watch has shown a sign of life within a bound: a delivery of changes, a progress
 * answer, a resume. Checked every quarter of the bound ({@link #check()}), it asks the watch for
 * progress when it has been quiet for a quarter of the bound, and declares it stalled once three
 * quarters pass without a sign, so that the stall is declared before the bound ends even if it
 * falls just after a check; the next sign of life ends the stall. A frozen etcd member keeps its
 * connections open and silent, so neither an error nor an interruption would ever tell.
 *
 * <p>Only transitions call back ({@code onStalled}, {@code onAlive}), under this object's lock:
 * readers keep checking their own flag and never touch this class. Thread-safe.
 */
final class WatchLiveness {

    private final long boundNanos;
    private final long stalledAfterNanos;
    private final LongSupplier nanoTime;
    private final Supplier<StoreWatch> watch;
    private final Runnable onStalled;
    private final Runnable onAlive;
    private long lastSign;
    private boolean stalled;

    /**
     * @param bound     how long past the last sign of life a reader may still trust the watch
     * @param nanoTime  a monotonic time source ({@code System::nanoTime}; a fake in tests)
     * @param watch     the current watch, asked for progress (may be null between watches)
     * @param onStalled called when the bound passes without a sign of life
     * @param onAlive   called at the first sign of life after a stall
     */
    WatchLiveness(Duration bound, LongSupplier nanoTime, Supplier<StoreWatch> watch, Runnable onStalled, Runnable onAlive) {
        this.boundNanos = bound.toNanos();
        this.stalledAfterNanos = boundNanos - checkInterval(bound).toNanos();
        this.nanoTime = nanoTime;
        this.watch = watch;
        this.onStalled = onStalled;
        this.onAlive = onAlive;
        this.lastSign = nanoTime.getAsLong();
    }

    /** How often {@link #check()} should run: a quarter of the bound, so a progress answer has time to come. */
    static Duration checkInterval(Duration bound) {
        return bound.dividedBy(4);
    }

    /** A sign of life: the watch delivered something. */
    synchronized void alive() {
        lastSign = nanoTime.getAsLong();
        if (stalled) {
            stalled = false;
            onAlive.run();
        }
    }

    /** Asks a quiet watch for progress, and declares the stall once three quarters of the bound passed in silence. */
    void check() {
        if (silence() >= boundNanos / 4) {
            StoreWatch current = watch.get();
            if (current != null && !current.requestProgress()) {
                alive(); // an in-process watch: it cannot fall silent behind its store
                return;
            }
        }
        synchronized (this) {
            if (silence() > stalledAfterNanos && !stalled) {
                stalled = true;
                onStalled.run();
            }
        }
    }

    private synchronized long silence() {
        return nanoTime.getAsLong() - lastSign;
    }

    /** Whether the watch was declared stalled (and no sign of life came since). */
    synchronized boolean stalled() {
        return stalled;
    }
}
