package io.hybriddal.dal.internal.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The timers of one store operation, {@code hybriddal.store.calls} tagged with store, operation
 * and outcome ({@code ok}, {@code error}, and for commits {@code refused}: a guard did not hold).
 * Registered once; recording is a clock read and a timer update. The metered stores call it
 * around each delegate call written out (start, ok or error) rather than through a lambda, so
 * that a store call allocates nothing more. Thread-safe.
 */
final class StoreTimer {

    static final String NAME = "hybriddal.store.calls";

    private final Timer ok;
    private final Timer error;
    private final Timer refused;

    StoreTimer(MeterRegistry meters, String store, String operation) {
        this.ok = timer(meters, store, operation, "ok");
        this.error = timer(meters, store, operation, "error");
        this.refused = operation.equals("commit") ? timer(meters, store, operation, "refused") : null;
    }

    private static Timer timer(MeterRegistry meters, String store, String operation, String outcome) {
        return Timer.builder(NAME).description("calls to the stores and their latency")
                .tag("store", store).tag("operation", operation).tag("outcome", outcome).register(meters);
    }

    void ok(long startNanos) {
        ok.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    void error(long startNanos) {
        error.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    /** Only for commits. */
    void refused(long startNanos) {
        refused.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }
}
