package io.hybriddal.cli;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.HybridProxy;
import io.hybriddal.dal.internal.ObjectState;
import io.hybriddal.dal.internal.model.HybridModel;

/**
 * Instances with a <em>given</em> guid for import (relations refer to guids, and
 * {@code --resume} recognises objects by guid), through {@code Dal.create(Class, String)}, and
 * access to an instance's values by slot, as the generated setters do (import sets values of
 * types it only knows at run time).
 */
final class GuidObjects {

    private final DalEngine engine;

    GuidObjects(DalEngine engine) {
        this.engine = engine;
    }

    /** A new instance of {@code model} with {@code guid} and the model's defaults; nothing is written. */
    DataObject create(HybridModel model, String guid) {
        return engine.create(model.type(), guid);
    }

    /** The engine-side state of an instance made by a Dal (to set values by slot, as generated setters do). */
    static ObjectState state(DataObject o) {
        return ((HybridProxy) o).$$hybridState();
    }
}
