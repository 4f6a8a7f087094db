package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Ledger;
import io.hybriddal.integration.model.LedgerEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A process killed (SIGKILL) in the middle of {@code inTransaction} (DESIGN.md "Reliability": all
 * or nothing is visible). A child JVM ({@link LedgerWriterMain}) runs ledger transactions on the
 * shared etcd and is killed after a random number of acknowledged ones; a fresh Dal then checks
 * that every transaction in the store is complete (its count and all its entries, with their
 * reverse-index entries) and that every acknowledged one is there. Three rounds, three children.
 */
class KilledTransactionTest {

    private static final int ROUNDS = 3;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<Integer> ALL_SLOTS = IntStream.range(0, Ledger.ENTRIES_PER_TRANSACTION).boxed().toList();

    @Test
    @Timeout(120)
    void processKilledDuringTransactions_leavesEveryTransactionWholeOrAbsent_andKeepsTheAcknowledgedOnes() {
        String uri = SharedServers.freshEtcdUri("killed-tx");
        List<String> outcomes = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            int killAfter = 3 + ThreadLocalRandom.current().nextInt(40);
            String ledgerGuid;
            long lastAck = 0;
            try (ChildJvm child = ChildJvm.start(LedgerWriterMain.class, uri)) {
                String first = child.nextLine(WAIT);
                assertThat(first).startsWith("LEDGER ");
                ledgerGuid = first.substring("LEDGER ".length());
                while (lastAck < killAfter) {
                    lastAck = ack(child.nextLine(WAIT));
                }
                child.kill();
                for (String line = child.nextLine(WAIT); !line.equals(ChildJvm.EOF); line = child.nextLine(WAIT)) {
                    lastAck = ack(line);
                }
            }
            outcomes.add(verify(uri, ledgerGuid, lastAck));
        }
        System.out.println("JVM-KILL " + String.join("; ", outcomes));
    }

    private static long ack(String line) {
        assertThat(line).as("child output").startsWith("ACK ");
        return Long.parseLong(line.substring("ACK ".length()));
    }

    /** Checks one killed writer's ledger with a fresh Dal; returns a summary. */
    private static String verify(String uri, String ledgerGuid, long lastAck) {
        try (PersistentStore store = PersistentStore.open(uri);
             Dal dal = Dal.builder().persistentStore(store).register(IntegrationModel.all()).build()) {
            long committed = dal.get(Ledger.class, ledgerGuid, Consistency.STRONG).getTransactions();
            List<LedgerEntry> entries = new ArrayList<>();
            for (LedgerEntry e : dal.list(LedgerEntry.class, StoredObjects.guids(store, "ledgerentry"))) {
                if (ledgerGuid.equals(e.relationGuid("ledger"))) {
                    entries.add(e);
                }
            }
            Map<Long, List<Integer>> slotsByTransaction = entries.stream().collect(Collectors.groupingBy(
                    LedgerEntry::getTransaction, Collectors.mapping(LedgerEntry::getSlot, Collectors.toList())));

            assertThat(committed).as("the ledger count keeps every acknowledged transaction").isGreaterThanOrEqualTo(lastAck);
            assertThat(committed).as("at most the one transaction in flight at the kill is beyond the last ACK")
                    .isLessThanOrEqualTo(lastAck + 1);
            assertThat(slotsByTransaction.keySet()).as("transactions with entries: exactly 1..%d", committed)
                    .hasSize((int) committed).allMatch(k -> k >= 1 && k <= committed);
            slotsByTransaction.forEach((k, slots) -> assertThat(slots).as("entries of transaction %d", k)
                    .containsExactlyInAnyOrderElementsOf(ALL_SLOTS));
            assertThat(dal.get(Ledger.class, ledgerGuid, Consistency.STRONG).getEntries().guids())
                    .as("the reverse index lists exactly the stored entries")
                    .containsExactlyInAnyOrderElementsOf(entries.stream().map(LedgerEntry::getGuid).toList());
            return "lastAck=" + lastAck + " committed=" + committed
                    + (committed > lastAck ? " (the transaction in flight had committed)" : " (the transaction in flight left nothing)");
        }
    }
}
