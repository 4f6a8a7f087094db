package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the guids a {@link CandidatePlan} names from the persistent store. Thread-safe. */
final class CandidateFetcher {

    /** Keys per index scan request. */
    static final int SCAN_PAGE = 1_000;

    private final PersistentStore store;

    CandidateFetcher(PersistentStore store) {
        this.store = store;
    }

    Set<String> fetch(CandidatePlan plan) {
        if (plan instanceof CandidatePlan.Guids g) {
            return new HashSet<>(g.guids());
        }
        if (plan instanceof CandidatePlan.Index index) {
            Set<String> guids = new HashSet<>();
            for (Object value : index.values()) {
                scanGuids(Keys.indexPrefix(index.model(), index.property(), value), guids);
            }
            return guids;
        }
        if (plan instanceof CandidatePlan.Unique unique) {
            List<String> keys = new ArrayList<>(unique.values().size());
            unique.values().forEach(v -> keys.add(Keys.unique(unique.model(), unique.property(), v)));
            return values(keys);
        }
        if (plan instanceof CandidatePlan.Reverse reverse) {
            if (reverse.relation().oneToOne()) {
                List<String> keys = new ArrayList<>(reverse.targets().size());
                reverse.targets().forEach(t -> keys.add(Keys.reverseOne(reverse.relation(), t)));
                return values(keys);
            }
            Set<String> guids = new HashSet<>();
            for (String target : reverse.targets()) {
                scanGuids(Keys.reversePrefix(reverse.relation(), target), guids);
            }
            return guids;
        }
        if (plan instanceof CandidatePlan.Intersect intersect) {
            Set<String> result = null;
            for (CandidatePlan part : intersect.parts()) {
                if (result == null) {
                    result = fetch(part);
                } else {
                    result.retainAll(fetch(part));
                }
                if (result.isEmpty()) {
                    break; // nothing can match: skip the remaining lookups
                }
            }
            return result;
        }
        Set<String> result = new HashSet<>();
        for (CandidatePlan part : ((CandidatePlan.Union) plan).parts()) {
            result.addAll(fetch(part));
        }
        return result;
    }

    /** The guids stored as values under {@code keys} (unique and one-to-one entries), in one multi-get. */
    private Set<String> values(List<String> keys) {
        Set<String> guids = new HashSet<>();
        if (!keys.isEmpty()) {
            for (KeyValue kv : store.getAll(keys, ReadConsistency.LINEARIZABLE).values()) {
                guids.add(new String(kv.value(), StandardCharsets.UTF_8));
            }
        }
        return guids;
    }

    private void scanGuids(String prefix, Set<String> into) {
        String after = null;
        ScanPage page;
        do {
            page = store.scan(prefix, after, SCAN_PAGE);
            for (KeyValue kv : page.entries()) {
                into.add(Keys.guidOf(kv.key()));
            }
            after = page.lastKey();
        } while (page.more() && after != null);
    }
}
