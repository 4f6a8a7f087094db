package io.hybriddal.cli;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.HybridProxy;
import io.hybriddal.dal.internal.ObjectState;
import io.hybriddal.dal.internal.model.HybridModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Makes new, unsaved instances with a <em>given</em> guid, which import needs (relations refer
 * to guids, and {@code --resume} recognises objects by guid) but the public API does not offer:
 * {@code dal.create} always draws a fresh guid. It does what {@code DalEngine.create} does, with
 * the guid as a parameter, reaching the engine's package-private factory by reflection.
 * TODO(owner): replace with a public {@code create(Class, String guid)} on the engine or the Dal.
 */
final class GuidObjects {

    private final DalEngine engine;
    private final Method fresh;
    private final Method attach;

    GuidObjects(DalEngine engine) {
        this.engine = engine;
        try {
            fresh = ObjectState.class.getDeclaredMethod("fresh", DalEngine.class, HybridModel.class, String.class);
            attach = ObjectState.class.getDeclaredMethod("attach", DataObject.class);
            fresh.setAccessible(true);
            attach.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this hybrid-dal engine does not support creating objects with a given guid; "
                    + "import needs a matching hybrid-dal-cli version: " + e, e);
        }
    }

    /** A new instance of {@code model} with {@code guid} and the model's defaults; nothing is written. */
    DataObject create(HybridModel model, String guid) {
        try {
            ObjectState state = (ObjectState) fresh.invoke(null, engine, model, guid);
            DataObject instance = model.proxy().instantiate();
            ((HybridProxy) instance).$$hybridAttach(state);
            attach.invoke(state, instance);
            return instance;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot create " + model.name() + " " + guid + ": " + e, e);
        }
    }

    /** The engine-side state of an instance made by a Dal (to set values by slot, as generated setters do). */
    static ObjectState state(DataObject o) {
        return ((HybridProxy) o).$$hybridState();
    }
}
