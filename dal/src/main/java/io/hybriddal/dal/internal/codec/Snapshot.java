package io.hybriddal.dal.internal.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.Map;

/**
 * One stored version of an object, decoded. Immutable by convention: the value array and its
 * values (normalised, collections unmodifiable) are never changed after decoding, so one
 * snapshot can be shared by every instance and the near cache.
 *
 * @param model    the hybrid the document was decoded as (null for a tombstone)
 * @param revision the store modRevision of the document
 * @param version  the object's save count
 * @param values   field values by slot (relations as guid strings); null for a tombstone
 * @param extras   stored fields this model does not know (kept and written back), or empty
 */
public record Snapshot(HybridModel model, long revision, long version, Object[] values, Map<String, JsonNode> extras) {

    /**
     * Keeps equal strings of one document once (a tag repeating an id, a name repeated in a
     * description field): snapshots are what the near cache holds, a 10-character String is 56
     * bytes, and a String is immutable, so which of two equal ones a field holds is invisible.
     */
    public Snapshot {
        if (values != null) {
            shareEqualStrings(values);
        }
    }

    private static void shareEqualStrings(Object[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] instanceof String s) {
                for (int j = 0; j < i; j++) {
                    if (values[j] instanceof String earlier && earlier != s && earlier.length() == s.length() && earlier.equals(s)) {
                        values[i] = earlier;
                        break;
                    }
                }
            }
        }
    }

    /** A marker that the document changed or vanished at {@code revision}, for the near cache. */
    public static Snapshot tombstone(long revision) {
        return new Snapshot(null, revision, 0, null, Map.of());
    }

    public boolean isTombstone() {
        return values == null;
    }
}
