package io.hybriddal.dal;

import java.util.Collection;
import java.util.Objects;

/**
 * A typed path from hybrid {@code T} to a value of type {@code V}, as the generated metamodel
 * ({@code VDisk_.size}) exposes it. Each method builds the same {@link Filter} as the string
 * form ({@code VDisk_.size.gt(5L)} is {@code Filter.gt("size", 5L)}). Immutable.
 *
 * @param <T> the hybrid the path starts from
 * @param <V> the type of the value at the end of the path
 */
public class PropertyPath<T extends DataObject, V> {

    private final String path;

    /** A path given in its dotted string form (the metamodel generator's constructor). */
    public PropertyPath(String path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The dotted path, as used in string filters and {@code orderBy}. */
    public final String path() {
        return path;
    }

    /** {@link Filter#eq} on this path. */
    public final Filter eq(V value) {
        return Filter.eq(path, value);
    }

    /** {@link Filter#ne} on this path. */
    public final Filter ne(V value) {
        return Filter.ne(path, value);
    }

    /** {@link Filter#gt} on this path. */
    public final Filter gt(V value) {
        return Filter.gt(path, value);
    }

    /** {@link Filter#ge} on this path. */
    public final Filter ge(V value) {
        return Filter.ge(path, value);
    }

    /** {@link Filter#lt} on this path. */
    public final Filter lt(V value) {
        return Filter.lt(path, value);
    }

    /** {@link Filter#le} on this path. */
    public final Filter le(V value) {
        return Filter.le(path, value);
    }

    /** {@link Filter#in} on this path. */
    public final Filter in(Collection<? extends V> values) {
        return Filter.in(path, values);
    }

    /** Substring of a string, element of a collection, key of a map. */
    public final Filter contains(Object value) {
        return Filter.contains(path, value);
    }

    /** {@link Filter#startsWith} on this path. */
    public final Filter startsWith(String prefix) {
        return Filter.startsWith(path, prefix);
    }

    @Override
    public String toString() {
        return path;
    }
}
