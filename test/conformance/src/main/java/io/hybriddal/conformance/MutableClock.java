package io.hybriddal.conformance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it, so TTL tests never sleep.
 *
 * <p>Thread-safe: the instant is one atomic reference, so concurrent {@link #advance(Duration)}
 * calls all count. Clocks derived with {@link #withZone(ZoneId)} share the instant of this one,
 * so moving either moves both (a store handed a zoned copy still follows the test).
 */
public final class MutableClock extends Clock {

    /** Where a clock made with {@link #MutableClock()} starts: a fixed instant, so runs repeat. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** A clock at {@link #DEFAULT_START}, in UTC. */
    public MutableClock() {
        this(DEFAULT_START);
    }

    /** A clock at {@code start}, in UTC. */
    public MutableClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * Moves the clock forward by {@code duration} and returns the new instant.
     *
     * @throws IllegalArgumentException when {@code duration} is negative: moving back is rare
     *                                  enough in tests to deserve an explicit {@link #set(Instant)}
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("advance needs a non-negative duration (use set to move back): " + duration);
        }
        return now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Puts the clock at {@code instant}, forward or back. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public long millis() {
        return now.get().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A clock in {@code zone} that shares this clock's instant. */
    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return zone.equals(this.zone) ? this : new MutableClock(now, zone);
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + ", " + zone + "]";
    }
}
