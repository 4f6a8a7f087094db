package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.internal.codec.ValueCodec;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;

/**
 * A dynamic: its cache settings, codec and the handle that runs the user's computation.
 *
 * @param compute calls the user's method on a proxy instance: {@code (DataObject) -> Object}
 */
public record DynamicModel(String name, int index, Method method, int ttlSeconds, boolean locked, String doc,
                           ValueCodec codec, MethodHandle compute) {

    /** Whether values are cached at all. */
    public boolean cached() {
        return ttlSeconds > 0;
    }
}
