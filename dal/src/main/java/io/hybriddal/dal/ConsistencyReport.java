package io.hybriddal.dal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link DalAdmin#checkConsistency(int)} found. Problem kinds: {@code corrupt-document};
 * {@code orphan-unique|index|reverse} (a key pointing at an object that does not exist);
 * {@code wrong-unique|index|reverse} (a key whose object exists but whose document implies
 * other keys); {@code missing-unique|index|reverse} (a document without a key it implies);
 * {@code unknown-entry} (a key of a hybrid or backref this Dal does not know).
 *
 * @param problems count per kind, only kinds that occurred, in the order first found
 * @param examples the first few problems of each kind
 */
public record ConsistencyReport(long documents, long uniqueEntries, long indexEntries, long reverseEntries,
                                Map<String, Long> problems, List<Issue> examples) {

    public ConsistencyReport {
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        examples = List.copyOf(examples);
    }

    /** One problem: its kind, the store key involved and what is wrong with it. */
    public record Issue(String kind, String key, String detail) {
    }

    /** Whether nothing was found. */
    public boolean healthy() {
        return problems.isEmpty();
    }

    /** How many problems of {@code kind} were found. */
    public long count(String kind) {
        return problems.getOrDefault(kind, 0L);
    }
}
