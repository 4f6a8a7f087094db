package io.hybriddal.dal;

import java.lang.reflect.Type;
import java.time.Duration;

/** A dynamic (a computed value cached in the volatile store) of a registered hybrid. Immutable and thread-safe. */
public non-sealed interface DynamicInfo extends MemberInfo {

    /** The method's erased return type. */
    Class<?> javaType();

    /** The method's declared generic return type. */
    Type genericType();

    /** How long a computed value is served from the cache; {@link Duration#ZERO}: never cached. */
    Duration ttl();

    /** Whether one process at a time computes it (single-flight across processes). */
    boolean locked();
}
