package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.Map;

/**
 * What the calling thread's transaction will write for one object: its values as they were
 * saved, or its deletion.
 *
 * @param base      what the saved instance was loaded from (null: created in the transaction)
 * @param values    the values the transaction saves, by slot; null when it deletes the object
 * @param givenGuid whether the guid was chosen by the caller ({@code create(type, guid)})
 * @param instance  the instance that was saved or deleted: reads inside the transaction return it
 *                  itself, so that one object has one instance there (changes made through a copy
 *                  would replace the saved ones at the commit, or be lost)
 */
public record PendingObject(HybridModel model, String guid, Snapshot base, Object[] values, boolean givenGuid,
                            DataObject instance) {

    /** Whether the transaction deletes the object. */
    public boolean deleted() {
        return values == null;
    }

    /** The pending values as a snapshot (of the base's revision and version), for evaluating filters. */
    public Snapshot asSnapshot() {
        return base == null ? Snapshot.of(model, 0, 0, values, Map.of())
                : Snapshot.of(model, base.revision(), base.version(), values, base.extras());
    }
}
