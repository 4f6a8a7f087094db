package io.hybriddal.dal.internal.rules;

import java.util.List;

/**
 * A Java type as the rules see it, whether it comes from reflection or from javac's type mirrors.
 * Front ends implement it; the rules only read it.
 */
public interface TypeView {

    /** The erased, qualified name: {@code int}, {@code java.util.List}, {@code t.Box.Mode}; {@code ?} for a wildcard. */
    String rawName();

    boolean isEnum();

    boolean isRecord();

    /** As a reader writes it, simple names: {@code List<String>}, {@code Box.Mode}. Messages use it. */
    String written();

    /** Fully qualified with type arguments: two views denote the same type when these are equal. */
    String qualified();

    /** The type arguments, in order (empty for a raw or non-generic type). */
    List<TypeView> arguments();

    /** The component types of a record, in order. */
    List<TypeView> components();

    /** The constant names of an enum, in order. */
    List<String> constants();

    /** Whether this is a class annotated {@code @Hybrid} that extends {@code DataObject}. */
    boolean isHybrid();

    /** Whether the compiler could not resolve the type (it reports that itself; rules stay quiet). */
    default boolean erroneous() {
        return false;
    }

    default Form form() {
        return Form.of(this);
    }
}
