package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.StoreException;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import io.hybriddal.testservers.EtcdCluster;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A near cache whose watch stream is cut (DESIGN.md semantics 7: staleness is bounded and
 * measured). In a three-member cluster, one Dal is connected to all members and one only to a
 * follower; the follower is killed and another Dal changes an object both had cached. The Dal on
 * all members must see the change (its watch moves to a live member); the Dal that lost its only
 * member cannot know the new value, so it must stop serving the old one within a bound (fail
 * with a StoreException, or serve the new value once the member is back) instead of serving it
 * for as long as it is cut off.
 */
class DisconnectedNearCacheTest {

    /** Generous: the watch's own reconnection back-off is at most 2 s, gRPC keepalive 10 s + 5 s. */
    private static final Duration STALENESS_BOUND = Duration.ofSeconds(20);

    @Test
    @Timeout(90)
    void aDalCutOffFromEtcd_stopsServingTheOldValue_withinABound() {
        try (EtcdCluster cluster = EtcdCluster.start(3)) {
            int leader = cluster.leader();
            int follower = (leader + 1) % 3;
            int other = (leader + 2) % 3;
            String namespace = SharedServers.freshNamespace("cut-off");
            String survivors = "etcd://" + cluster.endpoints().get(leader) + "," + cluster.endpoints().get(other) + "/" + namespace;
            try (Dal writer = dal(survivors);
                 Dal onAll = dal(cluster.uri(namespace));
                 Dal onFollower = dal("etcd://" + cluster.endpoints().get(follower) + "/" + namespace)) {
                Tally tally = writer.create(Tally.class);
                tally.setName("cut-off");
                tally.save();
                String guid = tally.getGuid();
                assertThat(onAll.get(Tally.class, guid).getValue()).isZero();
                assertThat(onFollower.get(Tally.class, guid).getValue()).isZero();

                cluster.kill(follower);
                tally.setValue(1);
                tally.save();
                long acknowledged = System.nanoTime();

                Duration allSees = Polling.await("the Dal on all members sees the change", STALENESS_BOUND,
                        Duration.ofMillis(2), () -> onAll.get(Tally.class, guid).getValue() == 1);
                AtomicLong staleReads = new AtomicLong();
                AtomicReference<String> outcome = new AtomicReference<>("still serving the old value");
                Throwable bounded = catchAssertion(() -> Polling.await("the cut-off Dal stops serving the old value",
                        STALENESS_BOUND, Duration.ofMillis(20), () -> {
                            try {
                                if (onFollower.get(Tally.class, guid).getValue() == 0) {
                                    staleReads.incrementAndGet();
                                    return false;
                                }
                                outcome.set("serves the new value");
                            } catch (StoreException e) {
                                outcome.set("fails with StoreException");
                            }
                            return true;
                        }));
                Duration stale = Duration.ofNanos(System.nanoTime() - acknowledged);
                System.out.println("NEAR-CACHE-CUT-OFF Dal on all members saw the change after " + Latencies.millis(allSees)
                        + "; Dal on the killed member only: " + outcome.get() + " after " + Latencies.millis(stale)
                        + " (" + staleReads + " stale reads served)");
                assertThat(bounded == null).as("a Dal cut off from etcd still served the old value after %s (%d reads):"
                        + " its near cache does not notice that its watch is broken", STALENESS_BOUND, staleReads.get()).isTrue();
            }
        }
    }

    private static Dal dal(String uri) {
        return Dal.builder().persistentStore(uri).register(IntegrationModel.all()).build();
    }

    private static Throwable catchAssertion(Runnable check) {
        try {
            check.run();
            return null;
        } catch (AssertionError e) {
            return e;
        }
    }
}
