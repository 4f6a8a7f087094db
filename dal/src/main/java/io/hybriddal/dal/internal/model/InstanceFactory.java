package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DataObject;
import java.lang.invoke.MethodHandle;

/**
 * Makes the instances of one hybrid: the class generated for it (by the proxy package, which the
 * model does not know: registration is handed a generator).
 */
public interface InstanceFactory {

    /** A new, unattached instance. */
    DataObject instantiate();

    /** Per dynamic (declaration order), {@code (DataObject) -> Object} running the user's method. */
    MethodHandle[] computes();
}
