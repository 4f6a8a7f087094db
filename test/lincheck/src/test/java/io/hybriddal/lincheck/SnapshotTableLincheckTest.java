package io.hybriddal.lincheck;

import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.read.SnapshotTable;
import java.util.HashMap;
import java.util.Map;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Lincheck check of the near cache's table: lock-free reads race with writes that insert,
 * replace and remove (shifting the entries after a removed one back), and every read must be
 * what some sequential order of the operations on a map gives. The four keys share one home
 * slot, so every operation walks the same probe chain and a removal moves the others.
 */
@Param(name = "key", gen = IntGen.class, conf = "0:3")
@Param(name = "revision", gen = IntGen.class, conf = "1:3")
public class SnapshotTableLincheckTest {

    private static final long[] HIGHS = collidingKeys();

    /** Four keys (high bits; low bits 0) whose slots in a table of 16 are the same. */
    private static long[] collidingKeys() {
        long[] keys = new long[4];
        int found = 0;
        for (long high = 1; found < keys.length; high++) {
            if ((SnapshotTable.hash(high, 0) & 15) == 5) {
                keys[found++] = high;
            }
        }
        return keys;
    }

    private final SnapshotTable table = new SnapshotTable(16); // one segment: the keys share it

    @Operation
    public void put(@Param(name = "key") int key, @Param(name = "revision") int revision) {
        table.compute(HIGHS[key], 0, old -> Snapshot.tombstone(key * 10L + revision)); // no two keys hold one value
    }

    @Operation
    public void remove(@Param(name = "key") int key) {
        table.compute(HIGHS[key], 0, old -> null);
    }

    /** The revision held for the key, or 0 for none. */
    @Operation
    public long get(@Param(name = "key") int key) {
        Snapshot found = table.get(HIGHS[key], 0);
        return found == null ? 0 : found.revision();
    }

    /** The sequential specification: a map. */
    public static final class Map4 {
        private final Map<Integer, Long> entries = new HashMap<>();

        public void put(int key, int revision) {
            entries.put(key, key * 10L + revision);
        }

        public void remove(int key) {
            entries.remove(key);
        }

        public long get(int key) {
            return entries.getOrDefault(key, 0L);
        }
    }

    @Test
    void readsRacingInsertsReplacementsAndShiftingRemovals_areLinearizableToAMap() {
        new ModelCheckingOptions().sequentialSpecification(Map4.class).threads(2).actorsPerThread(3).actorsBefore(5).actorsAfter(1)
                .iterations(60).invocationsPerIteration(300).check(getClass());
    }

    @Test
    void readsRacingWrites_underRealThreads_areLinearizableToAMap() {
        new StressOptions().sequentialSpecification(Map4.class).threads(2).actorsPerThread(4).actorsBefore(3).actorsAfter(1)
                .iterations(50).invocationsPerIteration(2000).check(getClass());
    }
}
