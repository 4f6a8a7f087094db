package io.hybriddal.dal.internal.dynamic;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The system clock read from a field that a daemon thread refreshes every millisecond, for the
 * dynamics' hit path: a read costs a memory load instead of the 20 ns or so of
 * {@code System.currentTimeMillis()}. It may lag the system clock by the tick plus the ticker's
 * scheduling delay (about a millisecond), so a dynamic may be served that much past its TTL. An
 * injected clock that is not the system clock is used as it is (tests stay exact).
 * <p>
 * The ticker runs only while read: it stops after a second without reads, and the next read
 * restarts it and reads the system clock itself. Thread-safe.
 */
public final class CoarseClock extends Clock {

    private static final long TICK_NANOS = 1_000_000;
    private static final int TICKS_BETWEEN_IDLE_CHECKS = 1_000;
    private static final CoarseClock UTC = new CoarseClock();
    private static final Class<?> SYSTEM_CLOCK = Clock.systemUTC().getClass();

    private final AtomicBoolean ticking = new AtomicBoolean();
    /** The last tick's time, or 0 while no ticker runs (so a read checks both with one load). */
    private volatile long now;
    /** Set by readers, cleared by the ticker at each idle check: a plain load on the hit path. */
    private volatile boolean read;

    private CoarseClock() {
    }

    /** {@code clock}'s coarse equivalent when it is a system clock (millis do not depend on the zone), else {@code clock}. */
    public static Clock of(Clock clock) {
        return clock.getClass() == SYSTEM_CLOCK ? UTC : clock;
    }

    @Override
    public long millis() {
        if (!read) {
            read = true;
        }
        long tick = now;
        return tick != 0 ? tick : restart();
    }

    private long restart() {
        long exact = System.currentTimeMillis();
        if (ticking.compareAndSet(false, true)) {
            now = exact;
            Thread ticker = new Thread(this::tick, "hybriddal-coarse-clock");
            ticker.setDaemon(true);
            ticker.setContextClassLoader(null); // pins no application's class loader while it runs
            ticker.start();
        }
        return exact;
    }

    private void tick() {
        while (true) {
            for (int i = 0; i < TICKS_BETWEEN_IDLE_CHECKS; i++) {
                LockSupport.parkNanos(TICK_NANOS);
                now = System.currentTimeMillis();
            }
            if (!read) {
                now = 0; // readers now read the system clock until one of them starts a ticker again
                ticking.set(false);
                return;
            }
            read = false;
        }
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : Clock.system(zone);
    }
}
