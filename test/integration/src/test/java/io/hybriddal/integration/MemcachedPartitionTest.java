package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.integration.model.ExternalGauge;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import io.hybriddal.testservers.MemcachedProcess;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * memcached unreachable but not restarted (frozen with SIGSTOP, as in a network partition: its
 * data survives) while an object is saved. The save cannot drop the object's cached dynamics
 * then; when memcached answers again, the value computed before the save must not be served
 * (DESIGN.md "Reliability": no stale value served; semantics: a save drops the object's cached
 * dynamics). Uses its own memcached and the shared etcd.
 */
class MemcachedPartitionTest {

    private MemcachedProcess memcached;
    private FrozenProcess frozen;
    private Dal dal;

    @BeforeEach
    void start() {
        memcached = MemcachedProcess.start();
        frozen = FrozenProcess.childOf("memcached", Integer.toString(memcached.port()));
        dal = Dal.builder().persistentStore(SharedServers.freshEtcdUri("mc-partition"))
                .volatileStore(memcached.uri()).register(IntegrationModel.all()).build();
    }

    @AfterEach
    void stop() {
        frozen.close();
        dal.close();
        memcached.close();
    }

    @Test
    @Timeout(60)
    void objectSavedWhileMemcachedIsUnreachable_doesNotGetItsOldDynamicBack_whenMemcachedAnswersAgain() {
        Tally tally = dal.create(Tally.class);
        tally.setName("partitioned");
        tally.save();
        Tally witness = dal.create(Tally.class);
        witness.setName("witness");
        witness.save();
        ExternalGauge.set(tally.getGuid(), 1);
        assertThat(tally.getReading()).isEqualTo(1);
        assertThat(tally.getReading()).isEqualTo(1);
        assertThat(ExternalGauge.computations(tally.getGuid())).as("cached in memcached").isEqualTo(1);

        frozen.freeze();
        ExternalGauge.set(tally.getGuid(), 2);
        tally.setValue(1);
        long start = System.nanoTime();
        tally.save();
        assertThat(tally.getReading()).as("computed while memcached does not answer").isEqualTo(2);
        Duration outageCalls = Duration.ofNanos(System.nanoTime() - start);
        frozen.thaw();
        Polling.await("the Dal reads dynamics from memcached again", Duration.ofSeconds(20), Duration.ofMillis(20),
                () -> servedFromCache(witness));

        System.out.println("MEMCACHED-PARTITION save+read while frozen took " + Latencies.millis(outageCalls));
        assertThat(dal.get(Tally.class, tally.getGuid()).getReading())
                .as("dynamic of an object saved while memcached was unreachable").isEqualTo(2);
    }

    /** Whether a second read of the witness's dynamic is served without computing (memcached answers the Dal). */
    private static boolean servedFromCache(Tally witness) {
        witness.getReading();
        int computed = ExternalGauge.computations(witness.getGuid());
        witness.getReading();
        return ExternalGauge.computations(witness.getGuid()) == computed;
    }
}
