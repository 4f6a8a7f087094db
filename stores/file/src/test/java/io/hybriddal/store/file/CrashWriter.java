package io.hybriddal.store.file;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The child process of the crash test: commits numbered groups to a file store until killed,
 * continuing after the last group already stored, and prints {@code ACK <group> <revision>}
 * after each commit returned. Group {@code n} writes
 * {@code group/<n>/a}, {@code /b} and a larger {@code /c} (so that chunk writes take a while)
 * and sets {@code last} to {@code n}: the parent checks they all exist together or not at all.
 *
 * <p>Usage: {@code CrashWriter <dir> <bytes of c>}.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int bigValue = Integer.parseInt(args[1]);
        FilePersistentStore store = FilePersistentStore.open(dir);
        KeyValue last = store.get("last");
        long first = last == null ? 1 : Long.parseLong(new String(last.value(), StandardCharsets.US_ASCII)) + 1;
        System.out.println("OPEN " + store.currentRevision());
        System.out.flush();
        for (long group = first; ; group++) {
            CommitResult result = store.commit(groupCommit(group, bigValue));
            if (!result.succeeded()) {
                throw new IllegalStateException("unconditional commit failed: " + result);
            }
            // Printed only once commit() returned: this line is the acknowledgement.
            System.out.println("ACK " + group + " " + result.revision());
            System.out.flush();
        }
    }

    static Commit groupCommit(long group, int bigValue) {
        byte[] big = new byte[bigValue];
        Arrays.fill(big, (byte) group);
        return Commit.builder()
                .put(key(group, "a"), text(group))
                .put(key(group, "b"), text(group))
                .put(key(group, "c"), big)
                .put("last", text(group))
                .build();
    }

    static String key(long group, String member) {
        return "group/" + String.format("%08d", group) + "/" + member;
    }

    static byte[] text(long group) {
        return Long.toString(group).getBytes(StandardCharsets.US_ASCII);
    }
}
