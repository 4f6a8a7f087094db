package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.internal.model.ValueCodec;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;

/**
 * A dynamic: its cache settings, codec, the handle that runs the user's computation and its hit
 * and miss counters (per Dal, like the model; published through Micrometer).
 *
 * @param compute calls the user's method on a proxy instance: {@code (DataObject) -> Object}
 */
public record DynamicModel(String name, int index, Method method, int ttlSeconds, boolean locked, String doc,
                           ValueCodec codec, MethodHandle compute, Counters counters) {

    /** Cache hits and misses: plain striped counts, so a hit costs neither a meter lookup nor an atomic instruction. */
    public record Counters(StripedCount hits, StripedCount misses) {
        public Counters() {
            this(new StripedCount(), new StripedCount());
        }
    }

    // Identity, not component equality: a dynamic is used as a key, and comparing its Method and
    // MethodHandle on every lookup would cost more than the lookup.
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Whether values are cached at all. */
    public boolean cached() {
        return ttlSeconds > 0;
    }
}
