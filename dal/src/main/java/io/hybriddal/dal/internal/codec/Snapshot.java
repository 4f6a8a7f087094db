package io.hybriddal.dal.internal.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One stored version of an object, decoded. Immutable by convention: the value array and its
 * values (normalised, collections unmodifiable) are never changed after decoding, so one
 * snapshot can be shared by every instance and the near cache.
 *
 * @param revision the store modRevision of the document
 * @param version  the object's save count
 * @param values   field values by slot (relations as guid strings)
 * @param extras   stored fields this model does not know (kept and written back), or empty
 */
public record Snapshot(long revision, long version, Object[] values, Map<String, JsonNode> extras) {
}
