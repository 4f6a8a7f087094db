package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.Order;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One {@code orderBy} key, compiled: the path, its direction and how its values compare.
 * Ascending puts nulls (and paths that cannot be followed) first; descending is the exact
 * reverse, so nulls come last. Strings compare by {@link String#compareTo} (UTF-16 code units),
 * enums by declaration order, booleans false before true, relations by the target's guid.
 */
record SortKey(ResolvedPath path, Order order, Comparator<Object> comparator) {

    static SortKey compile(HybridModel model, String path, Order order) {
        Objects.requireNonNull(order, "order");
        ResolvedPath resolved = PathResolver.resolve(model, path);
        Site site = new Site(resolved, Domain.of(resolved), null);
        Comparator<Object> comparator = switch (site.domain()) {
            case STRING, GUID, RELATION -> (a, b) -> ((String) a).compareTo((String) b);
            case NUMBER -> SortKey::compareNumbers;
            case BOOLEAN -> (a, b) -> Boolean.compare((Boolean) a, (Boolean) b);
            case ENUM -> (a, b) -> Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal());
            case INSTANT -> (a, b) -> ((Instant) a).compareTo((Instant) b);
            default -> throw site.invalid("cannot order by " + site.subject()
                    + "; strings, numbers, booleans, enums, Instants, guids and relations can be ordered");
        };
        return new SortKey(resolved, order, comparator);
    }

    private static int compareNumbers(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
    }

    /** Canonical text for the cache key. */
    String canonical() {
        return path.text().length() + ":" + path.text() + " " + order;
    }

    /** A matching object with the values of its sort keys (null for absent) and the snapshot it matched as. */
    record Match(String guid, Object[] keys, Snapshot snapshot) {
    }

    /** Orders matches by {@code keys} in turn, then by ascending guid, so every order is total and deterministic. */
    static Comparator<Match> comparator(List<SortKey> keys) {
        int n = keys.size();
        SortKey[] array = keys.toArray(new SortKey[0]);
        return (x, y) -> {
            for (int i = 0; i < n; i++) {
                Object a = x.keys()[i];
                Object b = y.keys()[i];
                int c = a == b ? 0 : a == null ? -1 : b == null ? 1 : array[i].comparator().compare(a, b);
                if (c != 0) {
                    return array[i].order() == Order.DESC ? -c : c;
                }
            }
            return x.guid().compareTo(y.guid());
        };
    }
}
