package io.hybriddal.dal.internal.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.Map;

/**
 * One stored version of an object, decoded. Immutable by convention: the value array and its
 * values (normalised, collections unmodifiable) are never changed after decoding, so one
 * snapshot can be shared by every instance and the near cache.
 *
 * <p>The near cache holds one per cached object, so the common case is kept to 32 bytes: a
 * version that fits in an {@code int} and no unknown stored fields. A snapshot with extras or a
 * larger version is a {@link Wide} one; {@link #of} picks.
 */
public class Snapshot {

    private final HybridModel model;
    private final int version;
    private final Object[] values;
    private final long revision;

    private Snapshot(HybridModel model, long revision, int version, Object[] values) {
        this.model = model;
        this.revision = revision;
        this.version = version;
        this.values = values;
    }

    /**
     * @param model    the hybrid the document was decoded as (null for a tombstone)
     * @param revision the store modRevision of the document
     * @param version  the object's save count
     * @param values   field values by slot (relations as guid strings); null for a tombstone
     * @param extras   stored fields this model does not know (kept and written back), or empty
     */
    public static Snapshot of(HybridModel model, long revision, long version, Object[] values, Map<String, JsonNode> extras) {
        return extras.isEmpty() && version >= 0 && version <= Integer.MAX_VALUE
                ? new Snapshot(model, revision, (int) version, values)
                : new Wide(model, revision, version, values, extras);
    }

    /** A marker that the document changed or vanished at {@code revision}, for the near cache. */
    public static Snapshot tombstone(long revision) {
        return new Snapshot(null, revision, 0, null);
    }

    public boolean isTombstone() {
        return values == null;
    }

    /** The hybrid the document was decoded as; null for a tombstone. */
    public HybridModel model() {
        return model;
    }

    /** The store modRevision of the document. */
    public long revision() {
        return revision;
    }

    /** The object's save count. */
    public long version() {
        return version;
    }

    /** Field values by slot (relations as guid strings); null for a tombstone. Never to be written to. */
    public Object[] values() {
        return values;
    }

    /** Stored fields this model does not know (kept and written back), or empty. */
    public Map<String, JsonNode> extras() {
        return Map.of();
    }

    @Override
    public String toString() {
        return "Snapshot[" + (model == null ? "tombstone" : model.name()) + " revision " + revision + " version " + version() + "]";
    }

    /** A snapshot with unknown stored fields, or a version beyond {@code int}. */
    private static final class Wide extends Snapshot {

        private final long version;
        private final Map<String, JsonNode> extras;

        Wide(HybridModel model, long revision, long version, Object[] values, Map<String, JsonNode> extras) {
            super(model, revision, 0, values);
            this.version = version;
            this.extras = extras;
        }

        @Override
        public long version() {
            return version;
        }

        @Override
        public Map<String, JsonNode> extras() {
            return extras;
        }
    }
}
