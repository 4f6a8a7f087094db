package io.hybriddal.cli;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.codec.Json;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.spi.KeyValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The import checks that need the store: objects already there (an error, or with resume a skip
 * when the content is the same), unique values owned by other objects, and relation targets
 * neither in the file nor in the store. Reads in multi-gets of {@value #CHUNK} keys.
 */
final class StoreChecks {

    static final int CHUNK = 500;

    private final DalEngine engine;
    private final Consumer<String> problems;

    StoreChecks(DalEngine engine, Consumer<String> problems) {
        this.engine = engine;
        this.problems = problems;
    }

    /** Removes the already-imported items (resume) from {@code items}; returns how many. */
    int check(List<ImportItem> items, Map<String, ObjectLines.Line> inFile, Map<String, String> uniques, boolean resume) {
        Set<String> present = existing(items.stream().map(i -> Keys.object(i.model(), i.guid())).toList());
        int skipped = 0;
        for (Iterator<ImportItem> it = items.iterator(); it.hasNext(); ) {
            ImportItem item = it.next();
            if (!present.contains(Keys.object(item.model(), item.guid()))) {
                continue;
            }
            if (!resume) {
                problems.accept("line " + item.line() + ": " + item.model().name() + " " + item.guid()
                        + " is already stored (use --resume to skip objects imported before)");
            } else if (!sameContent(item)) {
                problems.accept("line " + item.line() + ": " + item.model().name() + " " + item.guid()
                        + " is already stored with different content; not overwriting it");
            } else {
                it.remove();
                skipped++;
            }
        }
        Map<String, KeyValue> owners = getAll(new ArrayList<>(uniques.keySet()));
        owners.forEach((key, kv) -> {
            String owner = new String(kv.value(), StandardCharsets.UTF_8);
            if (!owner.equals(uniques.get(key))) {
                problems.accept("unique value " + key + " of " + uniques.get(key) + " is taken by " + owner + " in the store");
            }
        });
        Set<String> outside = new LinkedHashSet<>();
        for (ImportItem item : items) {
            item.targets().forEach((r, guid) -> {
                String key = Keys.object(r.target(), guid);
                if (!inFile.containsKey(key)) {
                    outside.add(key);
                }
            });
        }
        Set<String> found = existing(new ArrayList<>(outside));
        for (ImportItem item : items) {
            item.targets().forEach((r, guid) -> {
                String key = Keys.object(r.target(), guid);
                if (!inFile.containsKey(key) && !found.contains(key)) {
                    problems.accept("line " + item.line() + ": " + item.model().name() + "." + r.name() + " points at "
                            + r.target().name() + " " + guid + ", which is neither in the file nor in the store");
                }
            });
        }
        return skipped;
    }

    private boolean sameContent(ImportItem item) {
        DataObject stored = engine.list(item.model().type(), List.of(item.guid())).get(0);
        Map<String, Object> export = stored.export();
        for (Map.Entry<PropertyModel, Object> e : item.values().entrySet()) {
            if (!Json.MAPPER.valueToTree(e.getValue()).equals(Json.MAPPER.valueToTree(export.get(e.getKey().name())))) {
                return false;
            }
        }
        for (RelationModel r : item.model().relations()) {
            String want = item.targets().get(r);
            String have = stored.relationGuid(r.name());
            if (want == null ? have != null : !want.equals(have)) {
                return false;
            }
        }
        return true;
    }

    private Set<String> existing(List<String> keys) {
        return getAll(keys).keySet();
    }

    private Map<String, KeyValue> getAll(List<String> keys) {
        Map<String, KeyValue> found = new HashMap<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            found.putAll(engine.persistent().getAll(keys.subList(i, Math.min(keys.size(), i + CHUNK))));
        }
        return found;
    }
}
