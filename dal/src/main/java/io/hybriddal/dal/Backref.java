package io.hybriddal.dal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an abstract getter as the reverse side of a {@link Relation} declared on another hybrid
 * with {@code backref} equal to {@link #value()}. It returns a {@link DataList} of that hybrid,
 * or the hybrid itself (or {@code null}) for a one-to-one relation. Read-only: every call reads
 * the reverse index afresh.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Backref {

    /** The backref name, as given by the relation's {@link Relation#backref()}. */
    String value();

    /** Documentation shown in reports. */
    String doc() default "";
}
