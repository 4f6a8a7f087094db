package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How long another process's near cache serves the old version of an object (DESIGN.md semantics
 * 7: staleness is bounded and measured; STRONG bypasses the near cache). Two Dals in this JVM,
 * each on its own {@code EtcdPersistentStore} (its own jetcd client: gRPC connection and watch
 * stream), on the shared etcd: A saves a new value, B polls a CACHED get until it sees it.
 * Prints one {@code NEAR-CACHE-LAG} line with B's observed lag and A's own
 * {@code hybriddal.nearcache.lag} timer (commit acknowledged to own watch event).
 */
class NearCacheLagTest {

    private static final int WARM_UP = 20;
    private static final int CHANGES = 200;
    private static final int STRONG_CHECKS = 50;
    private static final Duration POLL = Duration.ofNanos(50_000);

    @Test
    @Timeout(120)
    void anotherProcessesNearCache_catchesUpWithinAFewMilliseconds_andStrongReadsSeeTheSaveAtOnce() {
        String uri = SharedServers.freshEtcdUri("lag");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (PersistentStore storeA = PersistentStore.open(uri);
             PersistentStore storeB = PersistentStore.open(uri);
             Dal a = Dal.builder().persistentStore(storeA).register(IntegrationModel.all()).meterRegistry(meters).build();
             Dal b = Dal.builder().persistentStore(storeB).register(IntegrationModel.all()).build();
             Dal strong = Dal.builder().persistentStore(storeB).register(IntegrationModel.all()).build()) {
            Tally written = a.create(Tally.class);
            written.setName("lagging");
            written.save();
            String guid = written.getGuid();
            assertThat(b.get(Tally.class, guid).getValue()).isZero();

            Latencies lag = new Latencies();
            for (int i = 1; i <= WARM_UP + CHANGES; i++) {
                long value = i;
                written.setValue(value);
                written.save();
                Duration seen = Polling.await("B sees value " + value, Duration.ofSeconds(10), POLL,
                        () -> b.get(Tally.class, guid).getValue() == value);
                if (i > WARM_UP) {
                    lag.add(seen.toNanos());
                }
            }
            for (int i = 1; i <= STRONG_CHECKS; i++) {
                long value = WARM_UP + CHANGES + i;
                written.setValue(value);
                written.save();
                assertThat(strong.get(Tally.class, guid, Consistency.STRONG).getValue())
                        .as("STRONG read in another Dal right after the save returned").isEqualTo(value);
            }

            Timer own = meters.find("hybriddal.nearcache.lag").timer();
            System.out.println("NEAR-CACHE-LAG two Dals in one JVM, separate etcd clients, changes=" + lag.count()
                    + " observed(B, CACHED get polled every 50us): p50=" + Latencies.millis(lag.percentile(50))
                    + " p99=" + Latencies.millis(lag.percentile(99)) + " max=" + Latencies.millis(lag.max())
                    + " | hybriddal.nearcache.lag(A, own commits): " + describe(own)
                    + " | STRONG after save: " + STRONG_CHECKS + "/" + STRONG_CHECKS + " saw the new value");
            assertThat(lag.percentile(99)).as("p99 of the near-cache lag").isLessThan(Duration.ofSeconds(2));
            assertThat(lag.max()).as("worst near-cache lag").isLessThan(Duration.ofSeconds(5));
        }
    }

    private static String describe(Timer timer) {
        if (timer == null) {
            return "(not published)";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "count=%d mean=%.2fms max=%.2fms",
                timer.count(), timer.mean(TimeUnit.MILLISECONDS), timer.max(TimeUnit.MILLISECONDS)));
        for (ValueAtPercentile p : timer.takeSnapshot().percentileValues()) {
            out.append(String.format(Locale.ROOT, " p%.0f=%.2fms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)));
        }
        return out.toString();
    }
}
