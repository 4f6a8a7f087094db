package io.hybriddal.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.IndexStatus;
import io.hybriddal.dal.ModelStatus;
import java.util.List;
import java.util.Map;

/** What the stores hold right now, per hybrid, and how the dynamics behaved. */
public final class LiveData {

    private LiveData() {
    }

    /**
     * The objects of one hybrid.
     *
     * @param count   how many the store holds
     * @param objects the first page, in guid order
     */
    public record HybridObjects(String hybrid, long count, List<ObjectRow> objects) {
    }

    /**
     * One object: its properties in declaration order and its relations as target guids.
     *
     * @param relations relation name to {@link RelationRef}, null target when unset
     */
    public record ObjectRow(String guid, long version, Map<String, JsonNode> properties, Map<String, RelationRef> relations) {
    }

    /**
     * A relation's target: its hybrid and guid (null when unset), and the name an operator knows
     * it by.
     *
     * @param key the target's natural key ({@link io.hybriddal.dal.HybridInfo#naturalKey()}, its
     *            first unique property) as text; null when the relation is unset, the target's
     *            hybrid has no natural key, the target holds none, or the target does not exist
     */
    public record RelationRef(String hybrid, String guid, String key) {

        /** A target known by guid only (no natural key looked up). */
        public RelationRef(String hybrid, String guid) {
            this(hybrid, guid, null);
        }
    }

    /**
     * How many objects of one hybrid hold each value of one status-like property (an enum
     * property named {@code status} or {@code state}, or ending in {@code Status}/{@code State}).
     *
     * @param counts enum constant name to count, in declaration order, zeros included; objects
     *               holding no value are counted under {@code "(none)"} when there are any
     */
    public record StatusCounts(String hybrid, String property, Map<String, Long> counts) {
    }

    /**
     * The meters of one dynamic. Times are milliseconds; null when nothing was measured yet.
     *
     * @param hitRatio   hits / (hits + misses), null before the first read
     * @param computes   how many times it was computed
     * @param lockWaits  how many times a caller waited for its lock (locked dynamics)
     */
    public record DynamicStats(String hybrid, String dynamic, int ttl, boolean locked, long hits, long misses,
                               Double hitRatio, long computes, Double computeP50Ms, Double computeP95Ms,
                               Double computeP99Ms, long lockWaits, Double lockWaitP99Ms, Double lockWaitMaxMs) {
    }

    /**
     * The model as the store records it ({@code Dal.modelStatus()}).
     *
     * @param storedVersion     the store's model version
     * @param knownVersion      the highest migration version of the reporting process's model
     * @param pendingMigrations {@code "<version> <description>"} of migrations not yet applied
     * @param keySpaces         every declared unique, index and reverse key space with its state
     * @param obsolete          key spaces recorded for hybrids that no longer declare them
     */
    public record ModelRecord(int storedVersion, int knownVersion, List<String> pendingMigrations, List<IndexStatus> keySpaces,
                              List<IndexStatus> obsolete) {

        static ModelRecord of(ModelStatus status) {
            return new ModelRecord(status.storedVersion(), status.knownVersion(),
                    status.pending().stream().map(m -> m.version() + " " + m.description()).toList(), status.indexes(), status.obsolete());
        }
    }
}
