package io.hybriddal.dal.internal;

import io.hybriddal.dal.Dal;

/** Stub until the engine lands. */
public final class DalEngine {
    private DalEngine() {
    }

    public static Dal start(DalConfig config) {
        throw new UnsupportedOperationException("engine not built yet");
    }
}
