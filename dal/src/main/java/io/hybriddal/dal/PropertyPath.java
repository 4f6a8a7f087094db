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

    public PropertyPath(String path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The dotted path, as used in string filters and {@code orderBy}. */
    public final String path() {
        return path;
    }

    public final Filter eq(V value) {
        return Filter.eq(path, value);
    }

    public final Filter ne(V value) {
        return Filter.ne(path, value);
    }

    public final Filter gt(V value) {
        return Filter.gt(path, value);
    }

    public final Filter ge(V value) {
        return Filter.ge(path, value);
    }

    public final Filter lt(V value) {
        return Filter.lt(path, value);
    }

    public final Filter le(V value) {
        return Filter.le(path, value);
    }

    public final Filter in(Collection<? extends V> values) {
        return Filter.in(path, values);
    }

    /** Substring of a string, element of a collection, key of a map. */
    public final Filter contains(Object value) {
        return Filter.contains(path, value);
    }

    public final Filter startsWith(String prefix) {
        return Filter.startsWith(path, prefix);
    }

    @Override
    public String toString() {
        return path;
    }
}
