package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.NearCacheStatus;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Dal given a meter registry wraps its store to count watch interruptions; on etcd a quiet
 * watch proves it is alive only by answering progress requests, so the wrapper must pass those
 * answers on, or the near cache would take the quiet watch for a frozen one and stop serving once
 * {@code nearCacheStaleAfter} passed with no change.
 */
class QuietMeteredNearCacheTest {

    @Test
    @Timeout(60)
    void aMeteredDalOnAQuietEtcd_keepsServingFromItsNearCache_pastTheStalenessBound() {
        try (Dal dal = Dal.builder().persistentStore(SharedServers.freshEtcdUri("quiet-metered"))
                .meterRegistry(new SimpleMeterRegistry())
                .nearCacheStaleAfter(Duration.ofMillis(400))
                .register(IntegrationModel.all()).build()) {
            Tally tally = dal.create(Tally.class);
            tally.setName("quiet");
            tally.save();
            dal.get(Tally.class, tally.getGuid());

            long quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos(); // five bounds without a change
            while (System.nanoTime() < quietUntil) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
            long hits = status(dal).hits();
            assertThat(dal.get(Tally.class, tally.getGuid()).getName()).isEqualTo("quiet");
            assertThat(status(dal).watchLive()).as("the watch answered the progress requests").isTrue();
            assertThat(status(dal).hits()).as("served by the near cache").isEqualTo(hits + 1);
        }
    }

    private static NearCacheStatus status(Dal dal) {
        return dal.admin().nearCache().orElseThrow();
    }
}
