package io.hybriddal.dal.internal.object;

import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.HybridModel;

/** The dynamics of an instance: cached or computed values. Thread-safe. */
public interface InstanceDynamics {

    /** The dynamic's value for the object, cached or computed. */
    Object get(ObjectState state, DynamicModel dynamic);

    /** Drops cached values of the object's dynamics (all when no name is given). */
    void invalidate(ObjectState state, String... names);

    /** The volatile keys of the object's dynamics, by dynamic slot. */
    String[] keysOf(HybridModel model, String guid);
}
