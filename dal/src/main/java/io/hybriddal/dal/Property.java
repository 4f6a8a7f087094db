package io.hybriddal.dal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an abstract getter of a hybrid as a persistent property. Its type is one of
 * {@code String}, {@code int/long/double/boolean} and their boxes, an enum, {@code Instant},
 * a {@code List}, {@code Set} or {@code Map} (string keys) of those, or a record of those.
 * The paired setter ({@code setX}) is abstract too and carries no annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Property {

    /** The value of {@link #defaultValue()} meaning "no default". */
    String NO_DEFAULT = "\u0000hybrid-dal:no-default";

    /** Whether a save requires a non-null value (default true, as in Open vStorage). */
    boolean mandatory() default true;

    /**
     * The value of new objects, as text: a number, {@code true}/{@code false}, an enum constant's
     * name, ISO-8601 for {@code Instant}, JSON for collections and records; {@code ""} is the
     * empty string. Default: none (null, or 0/false for primitives).
     */
    String defaultValue() default NO_DEFAULT;

    /** No two objects of the hybrid may share a non-null value. Scalars only. */
    boolean unique() default false;

    /** Keep an index so equality queries cost with the result, not the hybrid's size. Scalars only. */
    boolean indexed() default false;

    /** Documentation shown in reports. */
    String doc() default "";

    /**
     * Older stored names of this property, newest first: a stored document lacking the current
     * name is read from the first of them it holds, saves write only the current name, and
     * {@link Dal#migrate()} rewrites every stored document still holding an older one.
     */
    String[] formerly() default {};
}
