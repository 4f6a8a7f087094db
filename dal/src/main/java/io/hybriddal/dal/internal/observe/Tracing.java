package io.hybriddal.dal.internal.observe;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Starts the engine's observations: {@link #SAVE}, {@link #DELETE}, {@link #TRANSACTION},
 * {@link #QUERY} and {@link #DYNAMIC}, each with the hybrid as a low-cardinality key value and,
 * for one object, its guid as a high-cardinality one. Whether the registry is a no-op is decided
 * once, here: callers test {@link #on()} and skip the observation (and the lambda it would run)
 * entirely when it is off. Cache hits are never observed. Thread-safe.
 */
public final class Tracing {

    public static final String SAVE = "hybriddal.save";
    public static final String DELETE = "hybriddal.delete";
    public static final String TRANSACTION = "hybriddal.transaction";
    public static final String QUERY = "hybriddal.query";
    public static final String DYNAMIC = "hybriddal.dynamic";
    public static final String HYBRID = "hybrid";
    public static final String GUID = "guid";

    /** Null when observations are off (no registry, or a no-op one). */
    private final ObservationRegistry registry;

    public Tracing(ObservationRegistry registry) {
        this.registry = registry == null || registry.isNoop() ? null : registry;
    }

    /** Whether observations are recorded; when not, callers must not call the other methods. */
    public boolean on() {
        return registry != null;
    }

    /** A not yet started observation of {@code name} ({@code contextual}: its span name) of one hybrid, or of none when null. */
    public Observation of(String name, String contextual, String hybrid) {
        Observation o = Observation.createNotStarted(name, registry).contextualName(contextual);
        return hybrid == null ? o : o.lowCardinalityKeyValue(HYBRID, hybrid);
    }

    /** A not yet started observation of {@code name} of one object. */
    public Observation of(String name, String contextual, String hybrid, String guid) {
        return of(name, contextual, hybrid).highCardinalityKeyValue(GUID, guid);
    }
}
