package io.hybriddal.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.KeyValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability against a real process kill: a child JVM ({@link CrashWriter}) commits groups of
 * keys and acknowledges each; it is killed with SIGKILL mid-stream, twice; every acknowledged
 * commit must be there after reopen and no commit may be half there.
 */
class FileStoreCrashTest {

    private static final int BIG_VALUE = 128 * 1024;
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void reopen_keepsEveryAcknowledgedCommit_afterProcessKill() throws Exception {
        Map<Long, Long> acknowledged = new TreeMap<>();
        for (int round = 0; round < 2; round++) {
            try (ChildJvm child = ChildJvm.start(CrashWriter.class, dir.toString(), String.valueOf(BIG_VALUE))) {
                awaitAcknowledgements(child, acknowledged, 25);
                // While the child holds the directory, nobody else may open it.
                assertThatThrownBy(() -> FilePersistentStore.open(dir))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining("in use")
                        .hasMessageContaining(dir.toString());
                awaitAcknowledgements(child, acknowledged, 10);
                child.kill();
                // Lines still in the pipe were printed before the kill: acknowledged too.
                for (String line : child.remainingLines(WAIT_SECONDS)) {
                    record(line, acknowledged);
                }
            }
            assertEveryAcknowledgedGroupWholeAndNoOtherHalfThere(acknowledged);
        }
    }

    private static void awaitAcknowledgements(ChildJvm child, Map<Long, Long> acknowledged, int count)
            throws InterruptedException {
        int before = acknowledged.size();
        while (acknowledged.size() < before + count) {
            record(child.nextLine(WAIT_SECONDS), acknowledged);
        }
    }

    private static void record(String line, Map<Long, Long> acknowledged) {
        if (line.startsWith("ACK ")) {
            String[] parts = line.split(" ");
            acknowledged.put(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        }
    }

    private void assertEveryAcknowledgedGroupWholeAndNoOtherHalfThere(Map<Long, Long> acknowledged) {
        try (FilePersistentStore store = FilePersistentStore.open(dir)) {
            long last = Long.parseLong(new String(store.get("last").value(), StandardCharsets.US_ASCII));
            long lastAcknowledged = ((TreeMap<Long, Long>) acknowledged).lastKey();
            // The kill may land after the fsync but before the ACK line: one more group is fine.
            assertThat(last).isBetween(lastAcknowledged, lastAcknowledged + 1);
            for (long group = 1; group <= last; group++) {
                Map<String, KeyValue> members = store.getAll(List.of(
                        CrashWriter.key(group, "a"), CrashWriter.key(group, "b"), CrashWriter.key(group, "c")));
                assertThat(members).as("group %d", group).hasSize(3);
                long revision = members.get(CrashWriter.key(group, "a")).modRevision();
                assertThat(members.values()).as("group %d written by one commit", group)
                        .allSatisfy(kv -> assertThat(kv.modRevision()).isEqualTo(revision));
                assertThat(members.get(CrashWriter.key(group, "c")).value()).hasSize(BIG_VALUE)
                        .containsOnly((byte) group);
                if (acknowledged.containsKey(group)) {
                    assertThat(revision).as("group %d keeps its acknowledged revision", group)
                            .isEqualTo(acknowledged.get(group));
                }
            }
            // Nothing of a later group: a commit is all or nothing.
            assertThat(store.scan("group/", CrashWriter.key(last, "c"), 10).entries()).isEmpty();
            // One revision per commit, across reopens: the store's revision is the last group's.
            assertThat(store.currentRevision()).isEqualTo(store.get("last").modRevision()).isEqualTo(last);
        }
    }
}
