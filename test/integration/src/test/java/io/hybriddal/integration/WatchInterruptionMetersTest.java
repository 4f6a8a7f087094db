package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import io.hybriddal.testservers.EtcdCluster;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The meters of a Dal on a real etcd whose only member is killed and restarted: the near cache's
 * watch counts one interruption for the outage (not one per retry), no failure, and the store
 * calls are timed by operation and outcome.
 */
class WatchInterruptionMetersTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    @Timeout(120)
    void killingTheOnlyEtcdMember_countsOneInterruptionOfTheNearCacheWatch() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (EtcdCluster etcd = EtcdCluster.start(1);
             Dal dal = Dal.builder().persistentStore(etcd.uri(SharedServers.freshNamespace("watch-meters")))
                     .meterRegistry(meters).register(IntegrationModel.all()).build()) {
            Tally tally = dal.create(Tally.class);
            tally.setName("before");
            tally.save();
            assertThat(interruptions(meters)).isZero();

            etcd.kill(0);
            Polling.await("the near-cache watch reports the interruption", BOUND, Duration.ofMillis(20),
                    () -> interruptions(meters) > 0);
            etcd.restart(0);
            Polling.await("a save works again", BOUND, Duration.ofMillis(200), () -> {
                try {
                    tally.setValue(tally.getValue() + 1);
                    tally.save();
                    return true;
                } catch (RuntimeException stillDown) {
                    return false;
                }
            });
            Polling.await("the saved value is served", BOUND, Duration.ofMillis(20),
                    () -> dal.get(Tally.class, tally.getGuid(), Consistency.CACHED).getValue() == tally.getValue());

            assertThat(interruptions(meters)).as("one outage, one interruption").isEqualTo(1);
            assertThat(meters.get("hybriddal.watch.failures").tag("prefix", "o/").counter().count()).isZero();
            Timer commits = meters.get("hybriddal.store.calls").tags("store", "persistent", "operation", "commit", "outcome", "ok").timer();
            assertThat(commits.count()).isGreaterThanOrEqualTo(2);
            assertThat(commits.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        }
    }

    private static double interruptions(SimpleMeterRegistry meters) {
        Counter counter = meters.find("hybriddal.watch.interruptions").tag("prefix", "o/").counter();
        return counter == null ? 0 : counter.count();
    }
}
