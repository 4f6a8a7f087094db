package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Ledger;
import io.hybriddal.integration.model.LedgerEntry;
import io.hybriddal.testservers.EtcdCluster;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One member of a three-member etcd cluster, the leader, killed with SIGKILL while a Dal on all
 * three endpoints writes and reads (DESIGN.md "Reliability": reads and writes continue, nothing
 * committed is lost). A save in flight at the kill may fail with a StoreException; it must then
 * have been applied entirely or not at all, and retrying it must succeed. A second Dal connected
 * only to the killed member must see the writes again once the member is back: its watch
 * resumes, so its near cache does not stay stale.
 */
class EtcdFailoverTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    @Timeout(150)
    void leaderKilled_writesAndReadsContinue_andEveryAcknowledgedSaveSurvives() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.start(3)) {
            String namespace = SharedServers.freshNamespace("failover");
            FailoverWorkload workload;
            AtomicBoolean stop = new AtomicBoolean();
            int killed;
            String ledgerGuid;
            Dal observer = null;
            long beforeKill;
            long duringOutage;
            Duration firstAckAfterKill;
            try (Dal dal = Dal.builder().persistentStore(cluster.uri(namespace)).register(IntegrationModel.all()).build()) {
                Ledger ledger = dal.create(Ledger.class);
                ledger.setName("failover");
                ledger.save();
                ledgerGuid = ledger.getGuid();
                workload = new FailoverWorkload(dal, ledger);
                CompletableFuture<Void> running = CompletableFuture.runAsync(() -> workload.run(stop));
                try {
                    Polling.await("100 acknowledged steps before the kill", WAIT, Duration.ofMillis(5),
                            () -> workload.acknowledged() >= 100 || running.isDone());
                    killed = cluster.leader();
                    observer = observe(cluster.endpoints().get(killed), namespace, ledger.getGuid());
                    cluster.kill(killed);
                    long killedAt = System.nanoTime();
                    beforeKill = workload.acknowledged();
                    firstAckAfterKill = Polling.await("a step acknowledged after the kill", WAIT, Duration.ofMillis(5),
                            () -> workload.acknowledged() > beforeKill + 1 || running.isDone());
                    Polling.await("100 steps acknowledged with one member down", WAIT, Duration.ofMillis(5),
                            () -> workload.acknowledged() >= beforeKill + 100 || running.isDone());
                    duringOutage = workload.acknowledged() - beforeKill;
                    cluster.restart(killed);
                    long afterRestart = workload.acknowledged();
                    Polling.await("50 steps acknowledged after the restart", WAIT, Duration.ofMillis(5),
                            () -> workload.acknowledged() >= afterRestart + 50 || running.isDone());
                    System.out.println("ETCD-FAILOVER killedMember=m" + killed + " acknowledged=" + workload.acknowledged()
                            + " beforeKill=" + beforeKill + " withMemberDown=" + duringOutage
                            + " firstAckAfterKill=" + Latencies.millis(firstAckAfterKill)
                            + " killToRestartDone=" + Latencies.millis(Duration.ofNanos(System.nanoTime() - killedAt))
                            + " unknownOutcomes=" + workload.unknownOutcomes() + " readErrors=" + workload.readErrors());
                } finally {
                    stop.set(true);
                    running.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                }
                long last = workload.acknowledged();
                Dal onKilled = observer;
                AtomicLong failedReads = new AtomicLong();
                Duration caughtUp = Polling.await("the near cache of a Dal on the killed member catches up", WAIT,
                        Duration.ofMillis(5), () -> seesCount(onKilled, ledger.getGuid(), last, failedReads));
                System.out.println("ETCD-FAILOVER a Dal connected only to the killed member read the latest count "
                        + Latencies.millis(caughtUp) + " after the writes stopped (reads that failed with StoreException"
                        + " meanwhile: " + failedReads + ")");
                assertThat(workload.failures()).as("calls that threw something else than a StoreException").isEmpty();
                assertThat(workload.readErrors()).as("reads that failed or saw wrong data").isEmpty();

                assertEverythingThere(dal, workload, ledger.getGuid(), "the writing Dal, STRONG");
            } finally {
                if (observer != null) {
                    observer.close();
                }
            }
            String restarted = cluster.endpoints().get(killed);
            try (PersistentStore onlyRestarted = PersistentStore.open("etcd://" + restarted + "/" + namespace);
                 Dal dal = Dal.builder().persistentStore(onlyRestarted).register(IntegrationModel.all()).build()) {
                assertEverythingThere(dal, workload, ledgerGuid, "a Dal on the restarted member only");
                assertThat(StoredObjects.guids(onlyRestarted, "ledgerentry"))
                        .as("entry documents (a create applied halfway would show here without its reverse entry)")
                        .containsExactlyInAnyOrderElementsOf(dal.get(Ledger.class, ledgerGuid).getEntries().guids());
            }
        }
    }

    /** Whether {@code dal} reads at least {@code count} on the ledger (CACHED); a StoreException counts as no. */
    private static boolean seesCount(Dal dal, String ledgerGuid, long count, AtomicLong failedReads) {
        try {
            return dal.get(Ledger.class, ledgerGuid).getTransactions() >= count;
        } catch (StoreException e) {
            failedReads.incrementAndGet();
            return false;
        }
    }

    /** A Dal connected only to {@code endpoint}, with the ledger in its near cache. */
    private static Dal observe(String endpoint, String namespace, String ledgerGuid) {
        Dal observer = Dal.builder().persistentStore("etcd://" + endpoint + "/" + namespace)
                .register(IntegrationModel.all()).build();
        observer.get(Ledger.class, ledgerGuid);
        return observer;
    }

    private static void assertEverythingThere(Dal dal, FailoverWorkload workload, String ledgerGuid, String through) {
        Map<String, Long> acknowledged = workload.entries();
        for (Map.Entry<String, Long> e : acknowledged.entrySet()) {
            assertThat(dal.get(LedgerEntry.class, e.getKey(), Consistency.STRONG).getTransaction())
                    .as("acknowledged entry %s read through %s", e.getValue(), through).isEqualTo(e.getValue());
        }
        Ledger ledger = dal.get(Ledger.class, ledgerGuid, Consistency.STRONG);
        assertThat(ledger.getTransactions()).as("ledger count through %s", through).isGreaterThanOrEqualTo(workload.acknowledged());
        assertThat(ledger.getEntries().guids()).as("ledger entries through %s", through)
                .containsAll(acknowledged.keySet());
    }
}
