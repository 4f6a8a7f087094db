package io.hybriddal.dal.internal.write;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The counters of the write path: objects saved and deleted and saves merged again after a
 * refused commit (tag {@code hybrid}), conflicts raised under {@code RAISE} (tag {@code hybrid}),
 * refused commits retried and given up, and transactions by outcome. A hybrid's counters are
 * registered on its first write, then found with one map lookup. Thread-safe.
 */
final class WriteMeters {

    private record PerHybrid(Counter saves, Counter deletes, Counter merges, Counter raised) {
    }

    private final MeterRegistry meters;
    private final Map<String, PerHybrid> hybrids = new ConcurrentHashMap<>();
    private final Counter retries;
    private final Counter exhausted;
    private final Counter committed;
    private final Counter failed;

    WriteMeters(MeterRegistry meters) {
        this.meters = meters;
        this.retries = Counter.builder("hybriddal.commit.retries")
                .description("commits refused because another writer changed an object first, then merged and retried").register(meters);
        this.exhausted = Counter.builder("hybriddal.commit.exhausted")
                .description("saves and transactions that gave up after maxSaveAttempts refused commits (RaceConditionException)")
                .register(meters);
        this.committed = transactions(meters, "committed");
        this.failed = transactions(meters, "failed");
    }

    private static Counter transactions(MeterRegistry meters, String outcome) {
        return Counter.builder("hybriddal.transactions").description("outermost inTransaction blocks by outcome")
                .tag("outcome", outcome).register(meters);
    }

    private PerHybrid of(String hybrid) {
        PerHybrid p = hybrids.get(hybrid);
        return p != null ? p : hybrids.computeIfAbsent(hybrid, this::create);
    }

    private PerHybrid create(String hybrid) {
        return new PerHybrid(
                Counter.builder("hybriddal.saves").description("objects written by committed saves").tag("hybrid", hybrid).register(meters),
                Counter.builder("hybriddal.deletes").description("objects deleted by committed deletes").tag("hybrid", hybrid)
                        .register(meters),
                Counter.builder("hybriddal.merges").description("saves merged again with a newer stored version after a refused commit")
                        .tag("hybrid", hybrid).register(meters),
                Counter.builder("hybriddal.conflicts.raised").description("saves refused by ConflictPolicy.RAISE (ConcurrencyException)")
                        .tag("hybrid", hybrid).register(meters));
    }

    void saved(String hybrid) {
        of(hybrid).saves().increment();
    }

    void deleted(String hybrid) {
        of(hybrid).deletes().increment();
    }

    void merged(String hybrid) {
        of(hybrid).merges().increment();
    }

    void raised(String hybrid) {
        of(hybrid).raised().increment();
    }

    void retried() {
        retries.increment();
    }

    void exhausted() {
        exhausted.increment();
    }

    void transaction(boolean succeeded) {
        (succeeded ? committed : failed).increment();
    }
}
