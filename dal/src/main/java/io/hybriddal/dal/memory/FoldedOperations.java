package io.hybriddal.dal.memory;

import io.hybriddal.dal.spi.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A commit's operations folded so that each key is written once, by its last operation, in the
 * order the keys first appear: readers never see a value the same commit overwrites, and a
 * change's "before" is the value from before the commit.
 */
final class FoldedOperations {

    /** Up to this many operations, duplicates are looked for pairwise: no map for the usual small commit. */
    private static final int PAIRWISE = 16;

    private FoldedOperations() {
    }

    /** {@code operations} itself when no key repeats (the usual case), else the folded list. */
    static List<Operation> of(List<Operation> operations) {
        int n = operations.size();
        if (n <= PAIRWISE && distinct(operations)) {
            return operations;
        }
        Map<String, Operation> last = new LinkedHashMap<>();
        for (Operation op : operations) {
            last.put(op.key(), op); // an existing key keeps its first position
        }
        return last.size() == n ? operations : new ArrayList<>(last.values());
    }

    private static boolean distinct(List<Operation> operations) {
        for (int i = 1; i < operations.size(); i++) {
            String key = operations.get(i).key();
            for (int j = 0; j < i; j++) {
                if (operations.get(j).key().equals(key)) {
                    return false;
                }
            }
        }
        return true;
    }
}
