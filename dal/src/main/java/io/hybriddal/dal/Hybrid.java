package io.hybriddal.dal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an abstract class extending {@link DataObject} as a hybrid: an object model class whose
 * abstract getters are implemented by hybrid-dal.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Hybrid {

    /**
     * The hybrid name used in store keys and messages: lower-case letters, digits and
     * underscores. Default: the simple class name in lower case ({@code VDisk} → {@code vdisk}).
     */
    String name() default "";

    /** Documentation shown in reports. */
    String doc() default "";
}
