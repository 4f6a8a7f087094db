package io.hybriddal.dal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A predicate over the objects of one hybrid, built from static factories and combined with
 * {@link #and}, {@link #or} and {@link #not}. Paths are property names, relation names (compared
 * by the target's guid), {@code guid}, dynamic names, or dotted paths across relations
 * ({@code vpool.name}). Paths and value types are checked against the model when the query is
 * built or first run ({@link InvalidQueryException}). Numbers compare by value whatever their
 * boxed type. Immutable and thread-safe.
 */
public sealed interface Filter permits Filter.Comparison, Filter.Junction, Filter.Negation, Filter.MatchAll {

    /** The comparison operators. */
    enum Operator { EQ, NE, GT, GE, LT, LE, IN, CONTAINS, STARTS_WITH }

    /**
     * A filter with string comparisons made case-insensitive: applies to {@code eq}, {@code ne},
     * {@code in}, {@code contains} and {@code startsWith}, through and/or/not to every such
     * comparison inside.
     */
    Filter ignoreCase();

    static Filter eq(String path, Object value) {
        return new Comparison(path, Operator.EQ, value, false);
    }

    static Filter ne(String path, Object value) {
        return new Comparison(path, Operator.NE, value, false);
    }

    static Filter gt(String path, Object value) {
        return new Comparison(path, Operator.GT, requireValue(path, value), false);
    }

    static Filter ge(String path, Object value) {
        return new Comparison(path, Operator.GE, requireValue(path, value), false);
    }

    static Filter lt(String path, Object value) {
        return new Comparison(path, Operator.LT, requireValue(path, value), false);
    }

    static Filter le(String path, Object value) {
        return new Comparison(path, Operator.LE, requireValue(path, value), false);
    }

    /**
     * The value at {@code path} contains {@code value}: a substring of a string property, an
     * element of a list or set property, a key of a map property.
     */
    static Filter contains(String path, Object value) {
        return new Comparison(path, Operator.CONTAINS, requireValue(path, value), false);
    }

    static Filter startsWith(String path, String prefix) {
        return new Comparison(path, Operator.STARTS_WITH, requireValue(path, prefix), false);
    }

    /** The value at {@code path} equals one of {@code values} (a copy is taken; nulls allowed). */
    static Filter in(String path, Collection<?> values) {
        Objects.requireNonNull(values, () -> "values of in(" + path + ")");
        return new Comparison(path, Operator.IN, java.util.Collections.unmodifiableList(new ArrayList<>(values)), false);
    }

    static Filter and(Filter... filters) {
        return new Junction(false, List.of(filters));
    }

    static Filter or(Filter... filters) {
        return new Junction(true, List.of(filters));
    }

    static Filter not(Filter filter) {
        return new Negation(Objects.requireNonNull(filter, "filter"));
    }

    /** Matches every object. */
    static Filter all() {
        return MatchAll.INSTANCE;
    }

    /**
     * Query by example: matches the objects whose properties equal every property explicitly set
     * on {@code example}, an unsaved instance from {@code dal.create}. Properties left at their
     * default are not compared; setting none matches everything.
     *
     * @throws IllegalArgumentException if {@code example} has been saved
     */
    static Filter like(DataObject example) {
        Objects.requireNonNull(example, "example");
        if (!example.isNew()) {
            throw new IllegalArgumentException("like() takes an unsaved example; " + example.hybridName()
                    + " " + example.getGuid() + " is saved");
        }
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : example.explicitlySetValues().entrySet()) {
            parts.add(eq(e.getKey(), e.getValue()));
        }
        return parts.isEmpty() ? all() : new Junction(false, List.copyOf(parts));
    }

    private static Object requireValue(String path, Object value) {
        return Objects.requireNonNull(value, () -> "the value compared with [" + path + "] must not be null");
    }

    /** {@code path operator value}; for IN the value is an unmodifiable list. */
    record Comparison(String path, Operator operator, Object value, boolean caseInsensitive) implements Filter {
        public Comparison {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(operator, "operator");
        }

        @Override
        public Filter ignoreCase() {
            return new Comparison(path, operator, value, true);
        }

        @Override
        public String toString() {
            return path + " " + operator + " " + (value instanceof String ? "'" + value + "'" : value)
                    + (caseInsensitive ? " (ignoring case)" : "");
        }
    }

    /** All ({@code any == false}) or any ({@code any == true}) of {@code filters}; empty: all matches, any matches nothing. */
    record Junction(boolean any, List<Filter> filters) implements Filter {
        public Junction {
            filters = List.copyOf(filters);
        }

        @Override
        public Filter ignoreCase() {
            return new Junction(any, filters.stream().map(Filter::ignoreCase).toList());
        }

        @Override
        public String toString() {
            return (any ? "or" : "and") + filters;
        }
    }

    /** Matches what {@code filter} does not. */
    record Negation(Filter filter) implements Filter {
        @Override
        public Filter ignoreCase() {
            return new Negation(filter.ignoreCase());
        }

        @Override
        public String toString() {
            return "not(" + filter + ")";
        }
    }

    /** Matches every object. */
    enum MatchAll implements Filter {
        INSTANCE;

        @Override
        public Filter ignoreCase() {
            return this;
        }

        @Override
        public String toString() {
            return "all";
        }
    }
}
