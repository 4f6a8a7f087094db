package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.StoreException;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import io.hybriddal.testservers.EtcdCluster;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The near cache's staleness is bounded even when its etcd member is frozen rather than dead
 * (DESIGN.md "Reliability"): a SIGSTOPped member keeps its connections open and silent, so the
 * watch neither fails nor is interrupted. Two Dals whose only endpoint is a follower cache an
 * object; the follower is frozen and the object changed through the other members. For 15 s each
 * Dal reads it every 50 ms: the Dal with the default bound (2 s) serves the old value only until
 * its watch's silence passes the bound, then every read goes to the frozen member and fails; a
 * Dal whose bound is an hour (what a Dal did before liveness checks) serves it throughout.
 */
class FrozenMemberNearCacheTest {

    private static final Duration PROBE = Duration.ofSeconds(15);
    private static final Duration BOUND = Duration.ofSeconds(2);
    /** The bound, counted from the change (the watch's last sign of life came before it), plus slack for a loaded machine. */
    private static final Duration LAST_STALE_READ_BEFORE = BOUND.plusSeconds(1);

    /** What one Dal served during the probe. */
    record Probe(int stale, int fresh, int failed, long lastStaleMillis) {
        @Override
        public String toString() {
            return stale + " stale reads (the last " + lastStaleMillis + " ms after the change), " + fresh + " fresh, " + failed + " failed";
        }
    }

    @Test
    @Timeout(120)
    void aDalWhoseOnlyMemberIsFrozen_stopsServingTheOldValue_withinTheBound() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.start(3)) {
            int leader = cluster.leader();
            int follower = (leader + 1) % 3;
            int other = (leader + 2) % 3;
            String namespace = SharedServers.freshNamespace("frozen");
            String survivors = "etcd://" + cluster.endpoints().get(leader) + "," + cluster.endpoints().get(other) + "/" + namespace;
            String onFollower = "etcd://" + cluster.endpoints().get(follower) + "/" + namespace + "?timeoutMs=1000";
            String followerPort = cluster.endpoints().get(follower).substring(cluster.endpoints().get(follower).lastIndexOf(':') + 1);
            try (Dal writer = Dal.builder().persistentStore(survivors).register(IntegrationModel.all()).build();
                 Dal bounded = Dal.builder().persistentStore(onFollower).register(IntegrationModel.all()).build();
                 Dal unbounded = Dal.builder().persistentStore(onFollower).nearCacheStaleAfter(Duration.ofHours(1))
                         .register(IntegrationModel.all()).build();
                 FrozenProcess member = FrozenProcess.childOf("etcd", "http://127.0.0.1:" + followerPort)) {
                Tally tally = writer.create(Tally.class);
                tally.setName("frozen");
                tally.save();
                String guid = tally.getGuid();
                awaitOnFollower(bounded, guid);
                awaitOnFollower(unbounded, guid);
                awaitServedByNearCache(bounded, guid);
                awaitServedByNearCache(unbounded, guid);

                member.freeze();
                tally.setValue(1);
                tally.save();
                long changed = System.nanoTime();
                CompletableFuture<Probe> boundedProbe = CompletableFuture.supplyAsync(() -> probe(bounded, guid, changed));
                CompletableFuture<Probe> unboundedProbe = CompletableFuture.supplyAsync(() -> probe(unbounded, guid, changed));
                Probe withBound = boundedProbe.get();
                Probe without = unboundedProbe.get();
                System.out.println("NEAR-CACHE-FROZEN-MEMBER over " + PROBE.toSeconds() + " s, only endpoint SIGSTOPped: default bound "
                        + BOUND.toMillis() + " ms: " + withBound + "; bound of an hour (no liveness check): " + without);

                assertThat(without.stale()).as("the unbounded Dal shows the probe would catch staleness").isGreaterThan(100);
                assertThat(withBound.lastStaleMillis()).as("last stale read of the Dal with the default bound: %s", withBound)
                        .isLessThan(LAST_STALE_READ_BEFORE.toMillis());
                assertThat(withBound.stale() + withBound.fresh() + withBound.failed()).isGreaterThan(0);
            }
        }
    }

    private static Probe probe(Dal dal, String guid, long changed) {
        int stale = 0;
        int fresh = 0;
        int failed = 0;
        long lastStale = 0;
        long end = changed + PROBE.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (dal.get(Tally.class, guid).getValue() == 0) {
                    stale++;
                    lastStale = System.nanoTime() - changed;
                } else {
                    fresh++;
                }
            } catch (StoreException e) {
                failed++;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return new Probe(stale, fresh, failed, Duration.ofNanos(lastStale).toMillis());
    }

    /**
     * Waits until the Dal's near cache serves the tally (a read counted as a hit), so the probe
     * starts from a cached value: a near cache whose watch was still starting, or was being
     * restarted, on the loaded follower serves nothing yet.
     */
    private static void awaitServedByNearCache(Dal dal, String guid) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            long hits = dal.admin().nearCache().orElseThrow().hits();
            assertThat(dal.get(Tally.class, guid).getValue()).isZero();
            if (dal.admin().nearCache().orElseThrow().hits() > hits) {
                return;
            }
            assertThat(System.nanoTime()).as("tally %s served by the near cache within 10 s", guid).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** The follower applies the leader's commit a moment later: its serializable reads may not see it yet. */
    private static void awaitOnFollower(Dal dal, String guid) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (dal.find(Tally.class, guid).isEmpty()) {
            assertThat(System.nanoTime()).as("tally %s visible on the follower within 10 s", guid).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
