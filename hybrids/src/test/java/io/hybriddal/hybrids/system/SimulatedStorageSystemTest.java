package io.hybriddal.hybrids.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedStorageSystemTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2024-03-01T12:00:00Z"));

    @AfterEach
    void uninstall() {
        StorageSystem.uninstall();
    }

    @Test
    void sameSeedAndTime_giveTheSameValues_otherSeedsOthers() {
        SimulatedStorageSystem a = SimulatedStorageSystem.forTests(clock);
        SimulatedStorageSystem b = new SimulatedStorageSystem(clock, 42L, Duration.ZERO);
        SimulatedStorageSystem other = new SimulatedStorageSystem(clock, 7L, Duration.ZERO);
        assertThat(a.volumeStatistics("vol-1")).isEqualTo(b.volumeStatistics("vol-1"));
        assertThat(a.snapshots("vol-1")).isEqualTo(b.snapshots("vol-1"));
        assertThat(a.backendUsage("b1")).isEqualTo(b.backendUsage("b1"));
        assertThat(a.volumeStatistics("vol-1")).isNotEqualTo(other.volumeStatistics("vol-1"));
    }

    @Test
    void volumeCounters_growAsTheClockAdvances() {
        SimulatedStorageSystem sim = SimulatedStorageSystem.forTests(clock);
        VolumeStatistics before = sim.volumeStatistics("vol-1");
        clock.advance(Duration.ofMinutes(5));
        VolumeStatistics after = sim.volumeStatistics("vol-1");
        assertThat(after.readOperations()).isGreaterThan(before.readOperations());
        assertThat(after.writeBytes()).isGreaterThan(before.writeBytes());
        assertThat(after.measuredAt()).isEqualTo(clock.instant());
        assertThat(after.cacheHitRatio()).isBetween(0.0, 1.0);
    }

    @Test
    void snapshots_areHourly_oldestFirst_andTheLast24AreKept() {
        SimulatedStorageSystem sim = SimulatedStorageSystem.forTests(clock);
        var snapshots = sim.snapshots("vol-1");
        assertThat(snapshots).hasSize(24);
        assertThat(snapshots.get(1).takenAt()).isEqualTo(snapshots.get(0).takenAt().plus(Duration.ofHours(1)));
        clock.advance(Duration.ofHours(1));
        var later = sim.snapshots("vol-1");
        assertThat(later.get(0)).isEqualTo(snapshots.get(1));
        assertThat(later.get(23).takenAt()).isAfter(snapshots.get(23).takenAt());
    }

    @Test
    void capacity_staysWithinTotal_andFillsOverDays() {
        SimulatedStorageSystem sim = SimulatedStorageSystem.forTests(clock);
        Capacity now = sim.backendUsage("backend-1");
        clock.advance(Duration.ofDays(30));
        Capacity later = sim.backendUsage("backend-1");
        assertThat(later.totalBytes()).isEqualTo(now.totalBytes());
        assertThat(later.usedBytes()).isGreaterThanOrEqualTo(now.usedBytes()).isLessThan(later.totalBytes());
        assertThat(later.usedRatio()).isBetween(0.0, 1.0);
    }

    @Test
    void routerHealthAndServices_areMostlyUp_overADay() {
        SimulatedStorageSystem sim = SimulatedStorageSystem.forTests(clock);
        int reachable = 0;
        for (int minute = 0; minute < 1440; minute++) {
            RouterHealth health = sim.routerHealth("0123456789abcdef0123456789abcdef");
            reachable += health.reachable() ? 1 : 0;
            if (!health.reachable()) {
                assertThat(sim.serviceState("svc", "0123456789abcdef0123456789abcdef")).isEqualTo(ServiceState.UNKNOWN);
            }
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(reachable).isBetween(1400, 1440);
        assertThat(sim.calls()).isGreaterThanOrEqualTo(1440);
    }

    @Test
    void driverStatus_runsSinceItsLastNightlyRestart() {
        DriverStatus status = SimulatedStorageSystem.forTests(clock).driverStatus("pool-1node-1");
        if (status.running()) {
            assertThat(status.runningSince()).isBefore(clock.instant()).isAfter(clock.instant().minus(Duration.ofDays(1)));
        }
    }

    @Test
    void negativeLatency_isRejected() {
        assertThatThrownBy(() -> new SimulatedStorageSystem(clock, 1L, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency");
    }

    @Test
    void storageSystem_withoutClient_saysHowToInstallOne() {
        assertThatThrownBy(StorageSystem::client).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("StorageSystem.install");
        SimulatedStorageSystem sim = SimulatedStorageSystem.forTests(clock);
        assertThat(StorageSystem.install(sim)).isNull();
        assertThat(StorageSystem.client()).isSameAs(sim);
    }
}
