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

    /** A marker that the document changed or vanished at {@code revision}, for the near cache. */
    public static Snapshot tombstone(long revision) {
        return new Snapshot(null, revision, 0, null, Map.of());
    }

    public boolean isTombstone() {
        return values == null;
    }
}
