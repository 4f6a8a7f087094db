package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DataObject;
import java.lang.invoke.MethodHandle;

/** Stands for a generated implementation in registration tests: remembers whose declarations it was made from. */
record StandIn(Class<?> type, int dynamics) implements InstanceFactory {

    static StandIn of(Declarations declarations) {
        return new StandIn(declarations.type(), declarations.dynamics().size());
    }

    /** The class whose declarations {@code factory}, a stand-in, was made from. */
    static Class<?> madeFor(InstanceFactory factory) {
        return ((StandIn) factory).type();
    }

    @Override
    public DataObject instantiate() {
        throw new UnsupportedOperationException("a stand-in for the implementation of " + type.getName());
    }

    @Override
    public MethodHandle[] computes() {
        return new MethodHandle[dynamics]; // never invoked
    }
}
