package io.hybriddal.dal.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.StoreWatch;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The liveness of a watch on a fake monotonic clock: asked for progress when quiet, stalled before the bound ends, alive at its next sign. */
class WatchLivenessTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger progressRequests = new AtomicInteger();
    private final AtomicInteger stalls = new AtomicInteger();
    private final AtomicInteger recoveries = new AtomicInteger();

    private WatchLiveness liveness(boolean canStall) {
        StoreWatch watch = new StoreWatch() {
            @Override
            public boolean requestProgress() {
                progressRequests.incrementAndGet();
                return canStall;
            }

            @Override
            public void close() {
            }
        };
        return new WatchLiveness(BOUND, now::get, () -> watch, stalls::incrementAndGet, recoveries::incrementAndGet);
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void aQuietWatch_isAskedForProgress_afterAQuarterOfTheBound() {
        WatchLiveness liveness = liveness(true);

        advance(Duration.ofMillis(400));
        liveness.check();
        advance(Duration.ofMillis(200));
        liveness.check();

        assertThat(progressRequests).hasValue(1);
        assertThat(liveness.stalled()).isFalse();
    }

    @Test
    void aWatchSilentForThreeQuartersOfTheBound_isStalledOnce_andAliveAgainAtItsNextSign() {
        WatchLiveness liveness = liveness(true);

        advance(Duration.ofMillis(1500));
        liveness.check();
        assertThat(liveness.stalled()).isFalse();
        advance(Duration.ofMillis(1));
        liveness.check();
        liveness.check();
        assertThat(liveness.stalled()).isTrue();
        assertThat(stalls).hasValue(1);

        liveness.alive();

        assertThat(liveness.stalled()).isFalse();
        assertThat(recoveries).hasValue(1);
    }

    @Test
    void signsOfLife_keepTheWatchAlive_howeverLongItRuns() {
        WatchLiveness liveness = liveness(true);

        for (int i = 0; i < 100; i++) {
            advance(Duration.ofMillis(1400));
            liveness.alive();
            liveness.check();
        }

        assertThat(stalls).hasValue(0);
    }

    @Test
    void anInProcessWatch_whichCannotFallBehind_neverStalls() {
        WatchLiveness liveness = liveness(false);

        advance(Duration.ofMinutes(10));
        liveness.check();

        assertThat(liveness.stalled()).isFalse();
        assertThat(stalls).hasValue(0);
    }
}
