package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.internal.object.ObjectState;

/** A pending write of one object: what saves and deletes share. */
abstract sealed class ObjectWrite implements PendingWrite permits SaveWrite, DeleteWrite {

    protected final ObjectState state;

    ObjectWrite(ObjectState state) {
        this.state = state;
    }

    final ObjectState state() {
        return state;
    }

    @Override
    public final String key() {
        return state.key();
    }

    @Override
    public final String describe() {
        return state.describe();
    }

    /** "save vdisk 3f2a..." or "delete vdisk 3f2a...", for logs. */
    @Override
    public final String toString() {
        return (this instanceof DeleteWrite ? "delete " : "save ") + state.describe() + " (version " + state.version() + ")";
    }

    @Override
    public final String hybrid() {
        return state.model().name();
    }
}
