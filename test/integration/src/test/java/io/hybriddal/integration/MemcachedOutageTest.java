package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.integration.model.ExternalGauge;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import io.hybriddal.testservers.MemcachedProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * memcached killed (SIGKILL) and restarted under a workload of dynamic reads, queries and saves
 * (DESIGN.md "Reliability": no failed call, no stale value after restart). Uses its own memcached
 * (the shared one must stay up) with the store's default 50 ms operation timeout, and the shared
 * etcd. The dynamic is {@link Tally#getReading()}, backed by an {@link ExternalGauge} the test moves.
 */
class MemcachedOutageTest {

    private static final int WORKERS = 2;
    private static final int OBJECTS_PER_WORKER = 10;
    private static final int WATCHED = 5;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    @Timeout(90)
    void memcachedKilledAndRestarted_midWorkload_failsNoCall_andServesNoStaleDynamic() throws Exception {
        MemcachedProcess memcached = MemcachedProcess.start();
        toClose.add(memcached);
        Dal dal = Dal.builder().persistentStore(SharedServers.freshEtcdUri("mc-outage"))
                .volatileStore(memcached.uri()).register(IntegrationModel.all()).build();
        toClose.add(dal);

        List<String> saved = savedTallies(dal, "watched-saved", WATCHED);
        List<String> untouched = savedTallies(dal, "watched-untouched", WATCHED);
        List<String> all = new ArrayList<>(saved);
        all.addAll(untouched);
        all.forEach(guid -> ExternalGauge.set(guid, 1));
        List<Tally> watched = all.stream().map(guid -> dal.get(Tally.class, guid)).toList();
        watched.forEach(t -> assertThat(t.getReading()).isEqualTo(1));
        watched.forEach(t -> assertThat(t.getReading()).as("served from memcached").isEqualTo(1));
        all.forEach(guid -> assertThat(ExternalGauge.computations(guid)).isEqualTo(1));

        DynamicWorkload workload = new DynamicWorkload(dal, WORKERS, OBJECTS_PER_WORKER);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                running.add(pool.submit(() -> workload.run(worker, stop)));
            }
            Polling.await("200 calls before the kill", WAIT, Duration.ofMillis(5), () -> workload.calls() >= 200);

            memcached.kill();
            long killedAt = System.nanoTime();
            long callsAtKill = workload.calls();
            // While memcached is down the storage system moves on: every watched gauge changes,
            // and half of the watched objects are saved (their invalidations cannot reach the cache).
            all.forEach(guid -> ExternalGauge.set(guid, 2));
            for (Tally t : watched.subList(0, WATCHED)) {
                t.setValue(t.getValue() + 1);
                t.save();
            }
            assertThat(watched.get(0).getReading()).as("computed while memcached is down").isEqualTo(2);
            Polling.await("300 calls during the outage", WAIT, Duration.ofMillis(5), () -> workload.calls() >= callsAtKill + 300);

            memcached.restart();
            Tally probe = dal.get(Tally.class, savedTallies(dal, "probe", 1).get(0));
            Duration reconnect = Polling.await("the Dal caches dynamics in the restarted memcached", WAIT,
                    Duration.ofMillis(20), () -> servedFromCache(probe));
            long backAt = System.nanoTime();
            long callsAtBack = workload.calls();
            Polling.await("200 calls after the restart", WAIT, Duration.ofMillis(5), () -> workload.calls() >= callsAtBack + 200);
            stop.set(true);
            for (Future<?> f : running) {
                f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }

            assertThat(workload.failures()).as("calls that threw").isEmpty();
            for (Tally t : watched) {
                assertThat(t.getReading()).as("dynamic of %s after the restart", t.getName()).isEqualTo(2);
            }
            for (Tally t : watched) {
                assertThat(dal.get(Tally.class, t.getGuid()).getReading()).as("dynamic of a fresh %s", t.getName()).isEqualTo(2);
            }
            System.out.println("MEMCACHED-OUTAGE calls=" + workload.calls() + " duringOutage=" + (callsAtBack - callsAtKill)
                    + " slowestDuringOutage=" + Latencies.millis(workload.slowestBetween(killedAt, backAt))
                    + " slowestOverall=" + Latencies.millis(workload.slowestBetween(0, Long.MAX_VALUE))
                    + " cacheBackAfterRestart=" + Latencies.millis(reconnect) + " failures=" + workload.failures().size());
            assertThat(workload.slowestBetween(killedAt, backAt)).as("slowest call during the outage").isLessThan(Duration.ofSeconds(2));
        } finally {
            stop.set(true);
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** True when a fresh computation of the probe's dynamic is then served without computing again. */
    private static boolean servedFromCache(Tally probe) {
        probe.invalidateDynamics();
        probe.getReading();
        int computed = ExternalGauge.computations(probe.getGuid());
        probe.getReading();
        return ExternalGauge.computations(probe.getGuid()) == computed;
    }

    private static List<String> savedTallies(Dal dal, String prefix, int count) {
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Tally t = dal.create(Tally.class);
            t.setName(prefix + "-" + i);
            t.save();
            guids.add(t.getGuid());
        }
        return guids;
    }
}
