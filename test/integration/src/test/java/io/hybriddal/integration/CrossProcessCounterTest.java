package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two processes (this JVM and a child JVM, each with its own Dal and etcd client) increment the
 * same few counters through the shared etcd with read-modify-write under
 * {@code ConflictPolicy.RAISE}, retrying on ConcurrencyException (DESIGN.md "Reliability": no
 * lost update). At the end every counter equals the increments both acknowledged.
 */
class CrossProcessCounterTest {

    private static final int COUNTERS = 3;
    private static final int INCREMENTS_PER_PROCESS = 200;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    @Timeout(120)
    void readModifyWriteFromTwoProcesses_underRaise_losesNoIncrement() throws Exception {
        String uri = SharedServers.freshEtcdUri("rmw");
        try (Dal dal = Dal.builder().persistentStore(uri).register(IntegrationModel.all())
                .conflictPolicy(ConflictPolicy.RAISE).build()) {
            List<String> guids = new ArrayList<>();
            for (int i = 0; i < COUNTERS; i++) {
                Tally t = dal.create(Tally.class);
                t.setName("counter-" + i);
                t.save();
                guids.add(t.getGuid());
            }
            Incrementer mine = new Incrementer(dal, guids);
            Incrementer.warmUp(dal);
            String childReport;
            try (ChildJvm child = ChildJvm.start(IncrementerMain.class, uri, String.join(",", guids),
                    Integer.toString(INCREMENTS_PER_PROCESS))) {
                assertThat(child.nextLine(WAIT)).isEqualTo("READY");
                child.send("go");
                CompletableFuture<Void> local = CompletableFuture.runAsync(() -> mine.run(INCREMENTS_PER_PROCESS));
                String done = child.nextLine(WAIT);
                local.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(done).as("child result").startsWith("DONE ");
                childReport = done.substring("DONE ".length());
            }

            Map<String, Long> theirs = Incrementer.parseAcknowledged(childReport);
            long total = 0;
            for (String guid : guids) {
                long expected = mine.acknowledged().get(guid) + theirs.get(guid);
                total += expected;
                assertThat(dal.get(Tally.class, guid, Consistency.STRONG).getValue())
                        .as("counter %s: acknowledged increments of both processes", guid).isEqualTo(expected);
            }
            assertThat(total).isEqualTo(2L * INCREMENTS_PER_PROCESS);
            long conflicts = mine.conflicts() + Incrementer.parseConflicts(childReport);
            System.out.println("CROSS-PROCESS-RMW increments=" + total + " conflictsHere=" + mine.conflicts()
                    + " conflictsInChild=" + Incrementer.parseConflicts(childReport));
            assertThat(conflicts).as("ConcurrencyExceptions raised: the two processes really competed").isPositive();
        }
    }
}
