package io.hybriddal.dal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A predicate over the objects of one hybrid, built from static factories and combined with
 * {@link #and}, {@link #or} and {@link #not}. Paths are property names, relation names (compared
 * by the target's guid), {@code guid}, dynamic names, or dotted paths across relations
 * ({@code vpool.name}). Paths and value types are checked against the model when the query is
 * built or first run ({@link InvalidQueryException}). Numbers compare by value whatever their
 * boxed type ({@code eq("size", 1)} matches a {@code long} 1); a value the path can never equal
 * is an {@link InvalidQueryException} naming hybrid, path and expected type: a fraction or an
 * out-of-range number in {@code eq}/{@code ne}/{@code in}/{@code contains} on an integer
 * property ({@code gt("size", 10.5)} stays valid: it orders), a blank string, another hybrid's
 * object or a non-string for a relation. A filter nested more than {@link #MAX_DEPTH} levels
 * deep (and/or/not inside each other) is an {@link InvalidQueryException}. Immutable and
 * thread-safe.
 */
public sealed interface Filter permits Filter.Comparison, Filter.Junction, Filter.Negation, Filter.MatchAll {

    /**
     * The deepest nesting of and/or/not a query accepts (a comparison alone is depth 1): deeper
     * filters are an {@link InvalidQueryException}, not a {@link StackOverflowError} while the
     * query compiles or matches. Wide filters are fine: {@code and} of thousands is depth 2.
     */
    int MAX_DEPTH = 100;

    /** The comparison operators, one per factory: {@link #eq}, {@link #ne}, {@link #gt}, {@link #ge}, {@link #lt}, {@link #le}, {@link #in}, {@link #contains}, {@link #startsWith}. */
    enum Operator { EQ, NE, GT, GE, LT, LE, IN, CONTAINS, STARTS_WITH }

    /**
     * A filter with string comparisons made case-insensitive: applies to {@code eq}, {@code ne},
     * {@code in}, {@code contains} and {@code startsWith}, through and/or/not to every such
     * comparison inside.
     */
    Filter ignoreCase();

    /**
     * The value at {@code path} equals {@code value} ({@code null}: the value is unset). Numbers
     * compare by value; a relation compares its target's guid with a guid string or an object.
     *
     * @throws NullPointerException if {@code path} is null
     */
    static Filter eq(String path, Object value) {
        return new Comparison(path, Operator.EQ, value, false);
    }

    /** The value at {@code path} differs from {@code value} ({@code null}: the value is set); the negation of {@link #eq}. */
    static Filter ne(String path, Object value) {
        return new Comparison(path, Operator.NE, value, false);
    }

    /**
     * The value at {@code path} is greater than {@code value}: strings and guids by code point,
     * numbers by value, enums by declaration order, instants by time. Unset values never match.
     *
     * @throws NullPointerException if {@code value} is null
     */
    static Filter gt(String path, Object value) {
        return new Comparison(path, Operator.GT, requireValue(path, value), false);
    }

    /** Greater than or equal to {@code value}; ordered as {@link #gt}. */
    static Filter ge(String path, Object value) {
        return new Comparison(path, Operator.GE, requireValue(path, value), false);
    }

    /** Less than {@code value}; ordered as {@link #gt}. Unset values never match. */
    static Filter lt(String path, Object value) {
        return new Comparison(path, Operator.LT, requireValue(path, value), false);
    }

    /** Less than or equal to {@code value}; ordered as {@link #gt}. */
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

    /**
     * The string at {@code path} starts with {@code prefix}.
     *
     * @throws NullPointerException if {@code prefix} is null
     */
    static Filter startsWith(String path, String prefix) {
        return new Comparison(path, Operator.STARTS_WITH, requireValue(path, prefix), false);
    }

    /** The value at {@code path} equals one of {@code values} (a copy is taken; nulls allowed). */
    static Filter in(String path, Collection<?> values) {
        Objects.requireNonNull(values, () -> "values of in(" + path + ")");
        return new Comparison(path, Operator.IN, Collections.unmodifiableList(new ArrayList<>(values)), false);
    }

    /** Every one of {@code filters} matches; with none, everything matches. */
    static Filter and(Filter... filters) {
        return new Junction(false, List.of(filters));
    }

    /** At least one of {@code filters} matches; with none, nothing matches. */
    static Filter or(Filter... filters) {
        return new Junction(true, List.of(filters));
    }

    /** {@code filter} does not match. */
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
