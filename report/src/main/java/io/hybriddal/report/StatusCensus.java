package io.hybriddal.report;

import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.PropertyInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Counts objects per value of their status-like properties, for the summary at the top of the
 * report: an operator first wants to know how many volumes are not running. A property is
 * status-like when its type is an enum and its name is {@code status} or {@code state} or ends
 * in {@code Status} or {@code State} ({@code healthStatus}); a model says nothing more about
 * which fields are statuses, and this rule picks exactly those in the usual models.
 *
 * <p>One count query per enum constant ({@code dal.query(h).where(eq(p, v)).count()}): an
 * indexed status (the usual case) costs index reads only, whatever the number of objects.
 * Objects with corrupt documents the queries meet are counted apart.
 */
final class StatusCensus {

    /** The key of objects holding no value. */
    static final String NONE = "(none)";
    /** The key of objects whose documents could not be read (left out of the counts, named by the consistency check). */
    static final String CORRUPT = "(corrupt)";

    private StatusCensus() {
    }

    /** @param corrupt told of each object a count query left out for a corrupt document */
    static List<LiveData.StatusCounts> count(Dal dal, Map<String, Long> totals, Consumer<CorruptDataException> corrupt) {
        List<LiveData.StatusCounts> result = new ArrayList<>();
        for (HybridInfo h : dal.model().hybrids()) {
            long total = totals.getOrDefault(h.name(), 0L);
            for (PropertyInfo p : h.properties()) {
                if (isStatus(p) && total > 0) {
                    result.add(new LiveData.StatusCounts(h.name(), p.name(), counts(dal, h, p, total, corrupt)));
                }
            }
        }
        return result;
    }

    /** Whether the summary counts {@code p}'s values: an enum named like a status. */
    static boolean isStatus(PropertyInfo p) {
        if (!p.javaType().isEnum()) {
            return false;
        }
        String name = p.name();
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("status") || lower.equals("state") || name.endsWith("Status") || name.endsWith("State");
    }

    private static Map<String, Long> counts(Dal dal, HybridInfo h, PropertyInfo p, long total, Consumer<CorruptDataException> corrupt) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        long seen = 0;
        for (Object constant : p.javaType().getEnumConstants()) {
            long n = dal.query(h.name()).where(Filter.eq(p.name(), constant)).skipCorrupt(e -> {
                unreadable.add(e.key());
                corrupt.accept(e);
            }).count();
            counts.put(((Enum<?>) constant).name(), n);
            seen += n;
        }
        if (!unreadable.isEmpty()) {
            counts.put(CORRUPT, (long) unreadable.size());
            seen += unreadable.size();
        }
        if (seen < total) {
            counts.put(NONE, total - seen);
        }
        return counts;
    }
}
