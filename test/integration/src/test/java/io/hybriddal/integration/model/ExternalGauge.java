package io.hybriddal.integration.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@link Tally#getReading()} computes from: one number per object guid that tests move
 * themselves (the "storage system" behind a dynamic), and a count of computations. Thread-safe.
 */
public final class ExternalGauge {

    private static final Map<String, AtomicLong> VALUES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> COMPUTATIONS = new ConcurrentHashMap<>();

    private ExternalGauge() {
    }

    /** Sets the gauge of {@code guid}. */
    public static void set(String guid, long value) {
        VALUES.computeIfAbsent(guid, g -> new AtomicLong()).set(value);
    }

    /** The gauge of {@code guid} (0 when never set). */
    public static long current(String guid) {
        AtomicLong v = VALUES.get(guid);
        return v == null ? 0 : v.get();
    }

    /** How many times a dynamic read the gauge of {@code guid}. */
    public static int computations(String guid) {
        AtomicInteger n = COMPUTATIONS.get(guid);
        return n == null ? 0 : n.get();
    }

    static long read(String guid) {
        COMPUTATIONS.computeIfAbsent(guid, g -> new AtomicInteger()).incrementAndGet();
        return current(guid);
    }
}
