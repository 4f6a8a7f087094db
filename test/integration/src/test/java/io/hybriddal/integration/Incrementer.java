package io.hybriddal.integration;

import io.hybriddal.dal.ConcurrencyException;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.integration.model.Tally;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The read-modify-write loop of {@link CrossProcessCounterTest}, run by the test JVM and by
 * {@link IncrementerMain} in a child JVM: picks one of the shared {@link Tally}s at random, reads
 * it (near cache first), adds one and saves; a {@link ConcurrencyException} (the Dal runs with
 * {@code ConflictPolicy.RAISE}) is answered by reading the object again, STRONG, and retrying.
 * Only a save that returned counts as an acknowledged increment. Not thread-safe.
 */
final class Incrementer {

    private static final int WARM_UP_INCREMENTS = 30;

    private final Dal dal;
    private final List<String> guids;
    private final Map<String, Long> acknowledged = new LinkedHashMap<>();
    private long conflicts;

    Incrementer(Dal dal, List<String> guids) {
        this.dal = dal;
        this.guids = List.copyOf(guids);
        guids.forEach(g -> acknowledged.put(g, 0L));
    }

    /** Makes {@code increments} acknowledged increments. */
    void run(int increments) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < increments; i++) {
            String guid = guids.get(random.nextInt(guids.size()));
            Tally tally = dal.get(Tally.class, guid);
            while (true) {
                tally.setValue(tally.getValue() + 1);
                try {
                    tally.save();
                    break;
                } catch (ConcurrencyException e) {
                    conflicts++;
                    tally = dal.get(Tally.class, guid, Consistency.STRONG);
                }
            }
            acknowledged.merge(guid, 1L, Long::sum);
        }
    }

    /**
     * Warms the JVM up (class loading, JIT, the etcd channel) on a private object, so that the
     * measured increments of two processes really overlap.
     */
    static void warmUp(Dal dal) {
        Tally own = dal.create(Tally.class);
        own.setName("warm-up");
        own.save();
        new Incrementer(dal, List.of(own.getGuid())).run(WARM_UP_INCREMENTS);
        own.delete();
    }

    /** Acknowledged increments per guid. */
    Map<String, Long> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** How many saves raised a ConcurrencyException. */
    long conflicts() {
        return conflicts;
    }

    /** {@code guid=n,guid=n;conflicts=c}: how the child reports. */
    String report() {
        StringBuilder out = new StringBuilder();
        acknowledged.forEach((g, n) -> out.append(out.length() == 0 ? "" : ",").append(g).append('=').append(n));
        return out.append(";conflicts=").append(conflicts).toString();
    }

    /** Parses {@link #report()} into acknowledged increments per guid. */
    static Map<String, Long> parseAcknowledged(String report) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String pair : report.substring(0, report.indexOf(';')).split(",")) {
            String[] kv = pair.split("=");
            counts.put(kv[0], Long.parseLong(kv[1]));
        }
        return counts;
    }

    /** The conflicts of {@link #report()}. */
    static long parseConflicts(String report) {
        return Long.parseLong(report.substring(report.indexOf(";conflicts=") + ";conflicts=".length()));
    }
}
