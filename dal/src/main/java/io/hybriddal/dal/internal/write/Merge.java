package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.ConcurrencyException;
import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ValueCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-field three-way merge of a save: a field changed only locally takes the local value,
 * one changed only in the store takes the stored value, and the policy decides a field changed
 * on both sides — even to the same value: two read-modify-write increments from 5 both write 6,
 * and merging them silently would lose one (under RAISE that is a conflict; under the other
 * policies the result is the same either way). Fields decided by LOCAL_WINS or STORE_WINS are
 * handed back so the save can report them ({@link ConflictLog}) once it committed.
 */
final class Merge {

    private Merge() {
    }

    /**
     * @param original what the instance loaded (the common ancestor)
     * @param local    the instance's values to save
     * @param stored   the values now in the store
     * @param write    the save, described only in the message of a conflict
     * @param decided  receives the names of the fields the policy decided (LOCAL_WINS, STORE_WINS)
     * @throws ConcurrencyException under {@link ConflictPolicy#RAISE} when fields conflict
     */
    static Object[] merge(HybridModel model, Object[] original, Object[] local, Object[] stored, ConflictPolicy policy,
                          PendingWrite write, List<String> decided) {
        Object[] merged = stored.clone();
        List<String> conflicts = null; // made only when there is one: a save usually has none
        for (int i = 0; i < merged.length; i++) {
            Object ours = local[i];
            Object base = original[i];
            Object theirs = stored[i];
            if (ValueCodec.same(ours, base)) {
                continue; // unchanged here: the stored value stands
            }
            if (ValueCodec.same(theirs, base)) {
                merged[i] = ours;
                continue;
            }
            if (policy == ConflictPolicy.RAISE) {
                if (conflicts == null) {
                    conflicts = new ArrayList<>();
                }
                conflicts.add(model.field(i).name());
            } else {
                if (policy == ConflictPolicy.LOCAL_WINS) {
                    merged[i] = ours;
                }
                decided.add(model.field(i).name());
            }
        }
        if (conflicts != null) {
            throw new ConcurrencyException("cannot save " + write.describe() + ": fields " + conflicts
                    + " were changed both here and in the store since it was loaded (ConflictPolicy.RAISE); nothing was written", conflicts);
        }
        return merged;
    }
}
