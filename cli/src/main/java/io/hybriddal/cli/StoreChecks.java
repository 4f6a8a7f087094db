package io.hybriddal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import io.hybriddal.dal.StoredDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The import checks that need the store: objects already there (an error, or with resume a skip
 * when the content is the same, unknown stored fields included: one read of the document each), unique values owned by other objects, and relation targets
 * neither in the file nor in the store. Through public API only, {@value #CHUNK} objects or values
 * at a time: existence by {@code dal.list(hybrid, guids)} (one multi-get per page), unique values
 * by queries {@code in(property, values)}, which a unique or indexed property answers from its keys.
 */
final class StoreChecks {

    static final int CHUNK = 500;

    private final Dal dal;
    private final Consumer<String> problems;

    StoreChecks(Dal dal, Consumer<String> problems) {
        this.dal = dal;
        this.problems = problems;
    }

    /** How an import keys the value {@code value} of the unique property {@code p} of {@code hybrid}. */
    static UniqueValue uniqueValue(HybridInfo hybrid, PropertyInfo p, Object value) {
        return new UniqueValue(hybrid.name(), p.name(), CliJson.canonical(value).toString());
    }

    /**
     * Removes the already-imported items (resume) from {@code items}; returns how many.
     *
     * @param inFile  every object of the file, by hybrid and guid
     * @param uniques every unique value of the file, with the item holding it
     */
    int check(List<ImportItem> items, Map<ObjectRef, ObjectLines.Line> inFile, Map<UniqueValue, ImportItem> uniques, boolean resume) {
        Map<ObjectRef, ImportItem> byRef = new LinkedHashMap<>();
        items.forEach(i -> byRef.put(i.ref(), i));
        Set<ObjectRef> unchanged = new HashSet<>();
        Set<ObjectRef> present = existing(byRef.keySet(), (ref, stored) -> {
            if (resume && sameContent(byRef.get(ref), stored)) {
                unchanged.add(ref);
            }
        });
        int skipped = 0;
        for (Iterator<ImportItem> it = items.iterator(); it.hasNext(); ) {
            ImportItem item = it.next();
            if (!present.contains(item.ref())) {
                continue;
            }
            if (!resume) {
                problems.accept("line " + item.line() + ": " + item.hybrid().name() + " " + item.guid()
                        + " is already stored (use --resume to skip objects imported before)");
            } else if (!unchanged.contains(item.ref())) {
                problems.accept("line " + item.line() + ": " + item.hybrid().name() + " " + item.guid()
                        + " is already stored with different content; not overwriting it");
            } else {
                it.remove();
                skipped++;
            }
        }
        checkUniques(uniques);
        Set<ObjectRef> outside = new LinkedHashSet<>();
        for (ImportItem item : items) {
            item.targets().forEach((r, guid) -> {
                ObjectRef target = new ObjectRef(r.target(), guid);
                if (!inFile.containsKey(target)) {
                    outside.add(target);
                }
            });
        }
        Set<ObjectRef> found = existing(outside, (ref, stored) -> { });
        for (ImportItem item : items) {
            item.targets().forEach((r, guid) -> {
                ObjectRef target = new ObjectRef(r.target(), guid);
                if (!inFile.containsKey(target) && !found.contains(target)) {
                    problems.accept("line " + item.line() + ": " + item.hybrid().name() + "." + r.name() + " points at "
                            + r.target() + " " + guid + ", which is neither in the file nor in the store");
                }
            });
        }
        return skipped;
    }

    /** Reports every unique value of the file that a stored object other than the item's holds. */
    private void checkUniques(Map<UniqueValue, ImportItem> uniques) {
        Map<List<String>, List<Object>> valuesByProperty = new LinkedHashMap<>();
        uniques.forEach((u, item) -> {
            PropertyInfo p = (PropertyInfo) item.hybrid().member(u.property()).orElseThrow();
            valuesByProperty.computeIfAbsent(List.of(u.hybrid(), u.property()), k -> new ArrayList<>()).add(item.values().get(p));
        });
        valuesByProperty.forEach((hybridAndProperty, values) -> {
            String hybrid = hybridAndProperty.get(0);
            String property = hybridAndProperty.get(1);
            for (int i = 0; i < values.size(); i += CHUNK) {
                List<Object> chunk = values.subList(i, Math.min(values.size(), i + CHUNK));
                for (DataObject owner : dal.query(hybrid).where(Filter.in(property, chunk)).list()) {
                    UniqueValue u = new UniqueValue(hybrid, property, CliJson.canonical(owner.get(property)).toString());
                    ImportItem mine = uniques.get(u);
                    if (mine != null && !mine.guid().equals(owner.getGuid())) {
                        problems.accept("unique value " + u + " of " + mine.guid() + " is taken by " + owner.getGuid() + " in the store");
                    }
                }
            }
        });
    }

    private boolean sameContent(ImportItem item, DataObject stored) {
        return sameValues(item, stored) && sameUnknownFields(item);
    }

    /** Whether the stored document holds exactly the item's unknown fields (one read of the document). */
    private boolean sameUnknownFields(ImportItem item) {
        Optional<StoredDocument> doc = dal.admin().storedDocument(item.hybrid().name(), item.guid());
        if (doc.isEmpty()) {
            return false;
        }
        Map<String, JsonNode> stored = new HashMap<>();
        doc.get().fields().forEach((field, json) -> {
            if (item.hybrid().properties().stream().noneMatch(p -> p.name().equals(field))
                    && item.hybrid().relations().stream().noneMatch(r -> r.name().equals(field))) {
                stored.put(field, json(json));
            }
        });
        Map<String, JsonNode> wanted = new HashMap<>();
        item.unknown().forEach((field, json) -> wanted.put(field, json(json)));
        return stored.equals(wanted);
    }

    private static JsonNode json(String text) {
        try {
            return CliJson.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameValues(ImportItem item, DataObject stored) {
        Map<String, Object> export = stored.export();
        for (Map.Entry<PropertyInfo, Object> e : item.values().entrySet()) {
            if (!CliJson.canonical(e.getValue()).equals(CliJson.canonical(export.get(e.getKey().name())))) {
                return false;
            }
        }
        for (RelationInfo r : item.hybrid().relations()) {
            String want = item.targets().get(r);
            String have = stored.relationGuid(r.name());
            if (want == null ? have != null : !want.equals(have)) {
                return false;
            }
        }
        return true;
    }

    /** Which of {@code refs} are stored; each stored object is handed to {@code seen} as its page loads. */
    private Set<ObjectRef> existing(Collection<ObjectRef> refs, BiConsumer<ObjectRef, DataObject> seen) {
        Map<String, List<String>> guidsByHybrid = new LinkedHashMap<>();
        refs.forEach(r -> guidsByHybrid.computeIfAbsent(r.hybrid(), h -> new ArrayList<>()).add(r.guid()));
        Set<ObjectRef> found = new HashSet<>();
        guidsByHybrid.forEach((hybrid, guids) -> {
            for (int i = 0; i < guids.size(); i += CHUNK) {
                for (DataObject stored : dal.list(hybrid, guids.subList(i, Math.min(guids.size(), i + CHUNK)))) {
                    ObjectRef ref = new ObjectRef(hybrid, stored.getGuid());
                    found.add(ref);
                    seen.accept(ref, stored);
                }
            }
        });
        return found;
    }
}
