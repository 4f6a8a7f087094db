package io.hybriddal.dal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an abstract getter returning another hybrid as a to-one relation, loaded lazily. The
 * target hybrid may list the objects pointing at it through a {@link Backref} of the same name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Relation {

    /** The name of the reverse list on the target ({@code "vdisks"}); it may be declared there with {@link Backref}. */
    String backref();

    /** Whether a save requires a target (default true, as properties). */
    boolean mandatory() default true;

    /** At most one object may point at a given target through this relation (checked at save). */
    boolean oneToOne() default false;

    /** Documentation shown in reports. */
    String doc() default "";
}
