package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.Filter.Operator;
import io.hybriddal.dal.internal.model.ValueKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Builds the {@link ValueTest} of each operator for a path's domain, from operands already
 * converted by {@link Operands}. Everything type-dependent is decided here, once, so that the
 * per-candidate work is a cast and a comparison. Case folding uses the JDK's
 * {@code equalsIgnoreCase}/{@code regionMatches} rules throughout (no locale).
 */
final class Tests {

    private Tests() {
    }

    static ValueTest equality(Site site, Object operand, boolean ignoreCase) {
        if (operand == null) {
            return v -> v == null;
        }
        return switch (site.domain()) {
            case STRING, GUID -> {
                String s = (String) operand;
                yield ignoreCase ? v -> v != null && s.equalsIgnoreCase((String) v) : s::equals;
            }
            case NUMBER -> {
                NumericOperand n = (NumericOperand) operand;
                yield v -> v != null && n.compareTo(v) == 0;
            }
            default -> operand::equals;
        };
    }

    static ValueTest ordering(Site site, Object operand, Operator op) {
        ToIntFunction<Object> compare = switch (site.domain()) {
            case STRING, GUID -> {
                String s = (String) operand;
                yield v -> Integer.signum(((String) v).compareTo(s));
            }
            case NUMBER -> ((NumericOperand) operand)::compareTo;
            case ENUM -> {
                int ordinal = ((Enum<?>) operand).ordinal();
                yield v -> Integer.compare(((Enum<?>) v).ordinal(), ordinal);
            }
            case INSTANT -> {
                Instant i = (Instant) operand;
                yield v -> Integer.signum(((Instant) v).compareTo(i));
            }
            default -> throw site.invalid(op + " needs an ordered value (string, number, enum, Instant, guid), not "
                    + site.subject());
        };
        // UNORDERED (NaN) is positive, so LT/LE exclude it by sign and GT/GE test for it
        return switch (op) {
            case GT -> v -> {
                int c = v == null ? NumericOperand.UNORDERED : compare.applyAsInt(v);
                return c != NumericOperand.UNORDERED && c > 0;
            };
            case GE -> v -> {
                int c = v == null ? NumericOperand.UNORDERED : compare.applyAsInt(v);
                return c != NumericOperand.UNORDERED && c >= 0;
            };
            case LT -> v -> v != null && compare.applyAsInt(v) < 0;
            case LE -> v -> v != null && compare.applyAsInt(v) <= 0;
            case EQ, NE, IN, CONTAINS, STARTS_WITH -> throw new IllegalArgumentException(op + " is not an ordering");
        };
    }

    static ValueTest in(Site site, List<Object> operands, boolean ignoreCase) {
        boolean hasNull = operands.contains(null);
        if (site.domain().textual() && ignoreCase) {
            Set<String> folded = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            operands.forEach(o -> {
                if (o != null) {
                    folded.add((String) o);
                }
            });
            return v -> v == null ? hasNull : folded.contains(v);
        }
        if (site.domain() == Domain.NUMBER) {
            Set<Long> wholes = new HashSet<>();
            List<NumericOperand> all = new ArrayList<>();
            for (Object o : operands) {
                if (o instanceof NumericOperand n) {
                    all.add(n);
                    if (n.integral()) {
                        wholes.add((Long) n.exactAs(ValueKind.LONG));
                    }
                }
            }
            return v -> {
                if (v == null) {
                    return hasNull;
                }
                if (!(v instanceof Double)) {
                    return wholes.contains(((Number) v).longValue()); // an int or long equals only whole operands
                }
                for (NumericOperand n : all) {
                    if (n.compareTo(v) == 0) {
                        return true;
                    }
                }
                return false;
            };
        }
        Set<Object> values = new HashSet<>();
        for (Object o : operands) {
            if (o != null) {
                values.add(o);
            }
        }
        return v -> v == null ? hasNull : values.contains(v);
    }

    /** {@code operand} is what {@link Operands#containment} made of the filter value. */
    static ValueTest contains(Site site, Object operand, boolean ignoreCase) {
        switch (site.domain()) {
            case STRING, GUID -> {
                String s = (String) operand;
                return ignoreCase ? v -> v != null && containsIgnoreCase((String) v, s) : v -> v != null && ((String) v).contains(s);
            }
            case COLLECTION -> {
                if (ignoreCase) {
                    String s = (String) operand;
                    return v -> v != null && anyEqualsIgnoreCase((Collection<?>) v, s);
                }
                return v -> v != null && ((Collection<?>) v).contains(operand);
            }
            case MAP -> {
                String key = (String) operand;
                return ignoreCase ? v -> v != null && anyEqualsIgnoreCase(((Map<?, ?>) v).keySet(), key)
                        : v -> v != null && ((Map<?, ?>) v).containsKey(key);
            }
            default -> throw new AssertionError(site.domain());
        }
    }

    static ValueTest startsWith(String prefix, boolean ignoreCase) {
        return ignoreCase ? v -> v != null && ((String) v).regionMatches(true, 0, prefix, 0, prefix.length())
                : v -> v != null && ((String) v).startsWith(prefix);
    }

    static boolean containsIgnoreCase(String text, String part) {
        int n = part.length();
        for (int i = 0, last = text.length() - n; i <= last; i++) {
            if (text.regionMatches(true, i, part, 0, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyEqualsIgnoreCase(Collection<?> items, String s) {
        for (Object item : items) {
            if (item instanceof String text && text.equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }
}
