package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.Filter;
import java.util.List;

/**
 * A compiled filter: an immutable predicate tree over {@link Row}s. Comparisons keep their
 * operator and converted operands so that the candidate planner can serve eq/in from indexes.
 */
sealed interface Node permits Node.Compare, Node.All, Node.Any, Node.Not, Node.True {

    boolean test(Row row);

    /**
     * {@code path operator operand}. A path that cannot be followed (a null or missing object
     * on the way) makes the comparison false, whatever the operator.
     *
     * @param lookups the converted values an equality could be served for (eq: one, in: all),
     *                or null when the comparison cannot use an index (other operators, ignoreCase)
     */
    record Compare(ResolvedPath path, Filter.Operator operator, ValueTest test, List<Object> lookups) implements Node {
        @Override
        public boolean test(Row row) {
            Object value = row.value(path);
            return value != Row.ABSENT && test.test(value);
        }
    }

    /** Every node holds; empty: true. */
    record All(List<Node> nodes) implements Node {
        @Override
        public boolean test(Row row) {
            for (int i = 0, n = nodes.size(); i < n; i++) {
                if (!nodes.get(i).test(row)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Some node holds; empty: false. */
    record Any(List<Node> nodes) implements Node {
        @Override
        public boolean test(Row row) {
            for (int i = 0, n = nodes.size(); i < n; i++) {
                if (nodes.get(i).test(row)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(Node node) implements Node {
        @Override
        public boolean test(Row row) {
            return !node.test(row);
        }
    }

    /** Matches everything. */
    enum True implements Node {
        INSTANCE;

        @Override
        public boolean test(Row row) {
            return true;
        }
    }
}
