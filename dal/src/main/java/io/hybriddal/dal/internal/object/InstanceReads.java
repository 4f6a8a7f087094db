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

    /** The stored snapshot, or null. */
    Snapshot read(HybridModel model, String guid, Consistency consistency);

    /** The children a one-to-many backref lists, loaded lazily. */
    DataList<?> backrefList(BackrefModel backref, String targetGuid);

    /** The one child of a one-to-one backref, or null. */
    DataObject oneToOneChild(BackrefModel backref, String targetGuid);

    /** An empty list of {@code model} (the backrefs of a new object). */
    DataList<?> emptyList(HybridModel model);
}
