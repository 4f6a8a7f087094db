package io.hybriddal.dal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a concrete, non-void getter of a hybrid as a dynamic: a computed value cached in the
 * volatile store, per object, for {@link #ttl()} seconds. A value computed at time t is served
 * while now &lt; t + ttl. A computed {@code null} is cached too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Dynamic {

    /** Seconds the value is cached; 0 means it is computed on every call. */
    int ttl();

    /** Compute by one caller at a time across processes; others wait and read the cached value. */
    boolean locked() default false;

    /** Documentation shown in reports. */
    String doc() default "";
}
