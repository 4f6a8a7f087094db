package io.hybriddal.dal.internal.object;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.Optional;

/** The reads an instance makes: its relation targets, backrefs and (to reload) its own stored state. Thread-safe. */
public interface InstanceReads {

    /** The object, or empty if it does not exist. */
    Optional<DataObject> load(HybridModel model, String guid, Consistency consistency);

    /** The object as {@link #load} finds it, or null: no {@code Optional} on the path of a lazy to-one. */
    DataObject loadOrNull(HybridModel model, String guid, Consistency consistency);

    /** The stored snapshot, or null. */
    Snapshot read(HybridModel model, String guid, Consistency consistency);

    /**
     * The children a one-to-many backref lists, loaded lazily: the stored ones (none when the
     * target was never stored) as the calling thread's transaction leaves them; with
     * {@link Consistency#STRONG} (the target was loaded so) read from the store, not the local lists.
     */
    DataList<?> backrefList(BackrefModel backref, String targetGuid, boolean targetStored, Consistency consistency);

    /** The one child of a one-to-one backref, or null; as {@link #backrefList}. */
    DataObject oneToOneChild(BackrefModel backref, String targetGuid, boolean targetStored, Consistency consistency);
}
