package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.Filter.Operator;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ValueKind;
import io.hybriddal.dal.InvalidQueryException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Compiles a {@link Filter} against a hybrid into a {@link Node} tree, checking every path,
 * operator and value (an {@link io.hybriddal.dal.InvalidQueryException} names hybrid, path,
 * operator and value), and writes the filter's canonical text for the query-cache key.
 */
final class FilterCompiler {

    /** The result: the predicate, its canonical text, and every path it reads. */
    record Compiled(Node node, String canonical, List<ResolvedPath> paths) {
    }

    private final HybridModel model;
    private final StringBuilder canonical = new StringBuilder(64);
    private final List<ResolvedPath> paths = new ArrayList<>();

    private FilterCompiler(HybridModel model) {
        this.model = model;
    }

    static Compiled compile(HybridModel model, Filter filter) {
        FilterCompiler compiler = new FilterCompiler(model);
        requireDepth(model, Objects.requireNonNull(filter, "filter"));
        Node node = compiler.node(filter);
        return new Compiled(node, compiler.canonical.toString(), List.copyOf(compiler.paths));
    }

    /**
     * Refuses a filter nested deeper than {@link Filter#MAX_DEPTH} before anything recurses over
     * it (compiling, matching, the canonical text): measured without recursion, so even a filter
     * nested a million deep gets this error rather than a {@link StackOverflowError}.
     */
    private static void requireDepth(HybridModel model, Filter filter) {
        if (filter instanceof Filter.Comparison) {
            return; // one level: the common case, without the walk's queues
        }
        ArrayDeque<Filter> level = new ArrayDeque<>(List.of(filter));
        int depth = 0;
        while (!level.isEmpty()) {
            if (++depth > Filter.MAX_DEPTH) {
                throw new InvalidQueryException("invalid query on hybrid '" + model.name() + "': the filter is nested more than "
                        + Filter.MAX_DEPTH + " levels deep (and/or/not inside each other); flatten it, e.g. one and(...) of many"
                        + " filters or in(...) for many values");
            }
            ArrayDeque<Filter> next = new ArrayDeque<>();
            for (Filter f : level) {
                if (f instanceof Filter.Junction j) {
                    j.filters().stream().filter(Objects::nonNull).forEach(next::add);
                } else if (f instanceof Filter.Negation n && n.filter() != null) {
                    next.add(n.filter());
                }
            }
            level = next;
        }
    }

    private Node node(Filter filter) {
        if (filter instanceof Filter.Comparison c) {
            return comparison(c);
        }
        if (filter instanceof Filter.Junction j) {
            canonical.append(j.any() ? "or(" : "and(");
            List<Node> children = new ArrayList<>(j.filters().size());
            for (Filter child : j.filters()) {
                children.add(node(Objects.requireNonNull(child, "a filter inside and/or")));
                canonical.append(';');
            }
            canonical.append(')');
            return j.any() ? new Node.Any(List.copyOf(children)) : new Node.All(List.copyOf(children));
        }
        if (filter instanceof Filter.Negation n) {
            canonical.append("not(");
            Node inner = node(n.filter());
            canonical.append(')');
            return new Node.Not(inner);
        }
        canonical.append("all");
        return Node.True.INSTANCE;
    }

    private Node comparison(Filter.Comparison c) {
        ResolvedPath path = PathResolver.resolve(model, c.path());
        paths.add(path);
        Operator op = c.operator();
        Site site = new Site(path, Domain.of(path), op);
        boolean ignoreCase = c.caseInsensitive();
        if (ignoreCase) {
            checkIgnoreCase(site);
        }
        canonical.append(path.text().length()).append(':').append(path.text()).append(' ').append(op)
                .append(ignoreCase ? "/i " : " ");
        Object value = c.value();
        // A switch expression over every operator: a new operator that is not handled here does not compile.
        return switch (op) {
            case EQ, NE -> {
                Object operand = Operands.scalar(site, value);
                Canonical.append(canonical, operand);
                ValueTest equal = Tests.equality(site, operand, ignoreCase);
                yield op == Operator.EQ
                        ? new Node.Compare(path, op, equal, ignoreCase ? null : Collections.singletonList(operand))
                        : new Node.Compare(path, op, v -> !equal.test(v), null);
            }
            case GT, GE, LT, LE -> {
                Object operand = Operands.scalar(site, requireValue(site, value));
                Canonical.append(canonical, operand);
                yield new Node.Compare(path, op, Tests.ordering(site, operand, op), null);
            }
            case IN -> {
                if (!(value instanceof Collection<?> values)) {
                    throw site.invalid("in takes a collection of values, not " + QueryErrors.describe(value));
                }
                List<Object> operands = new ArrayList<>(values.size());
                for (Object v : values) {
                    operands.add(Operands.scalar(site, v));
                }
                Canonical.append(canonical, operands);
                List<Object> frozen = nullableList(operands);
                yield new Node.Compare(path, op, Tests.in(site, frozen, ignoreCase), ignoreCase ? null : frozen);
            }
            case CONTAINS -> {
                Object operand = Operands.containment(site, requireValue(site, value));
                Canonical.append(canonical, operand);
                yield new Node.Compare(path, op, Tests.contains(site, operand, ignoreCase), null);
            }
            case STARTS_WITH -> {
                if (!site.domain().textual()) {
                    throw site.invalid("startsWith applies to strings, not to " + site.subject());
                }
                Object operand = Operands.scalar(site, requireValue(site, value));
                Canonical.append(canonical, operand);
                yield new Node.Compare(path, op, Tests.startsWith((String) operand, ignoreCase), null);
            }
        };
    }

    private static void checkIgnoreCase(Site site) {
        Domain d = site.domain();
        boolean fits = switch (site.operator()) {
            case EQ, NE, IN, STARTS_WITH -> d.textual();
            case CONTAINS -> d.textual() || d == Domain.MAP
                    || (d == Domain.COLLECTION && Operands.typeArgument(site.path().valueType(), 0).kind() == ValueKind.STRING);
            case GT, GE, LT, LE -> false;
        };
        if (!fits) {
            throw site.invalid("ignoreCase() applies only to string comparisons (eq, ne, in, contains, startsWith),"
                    + " not to " + site.operator() + " on " + site.subject()
                    + " (when it came from and/or/not(...).ignoreCase(), apply ignoreCase() to the string comparisons only)");
        }
    }

    private static Object requireValue(Site site, Object value) {
        if (value == null) {
            throw site.invalid(site.operator() + " needs a value, not null");
        }
        return value;
    }

    private static List<Object> nullableList(List<Object> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
