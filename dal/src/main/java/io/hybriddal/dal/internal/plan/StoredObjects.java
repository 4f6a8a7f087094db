package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.read.Documents;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every stored object of one hybrid as a plan reads it (strongly, page by page), indexed by guid
 * and by natural key. Not thread-safe; lives as long as one planning.
 */
final class StoredObjects {

    private static final int PAGE = 1_000;

    private final HybridModel model;
    private final PropertyModel naturalKey;
    private final Map<String, Snapshot> byGuid = new LinkedHashMap<>();
    private final Map<Object, String> byNaturalKey = new HashMap<>();

    private StoredObjects(HybridModel model) {
        this.model = model;
        this.naturalKey = naturalKey(model);
    }

    static StoredObjects read(HybridModel model, Documents documents) {
        StoredObjects stored = new StoredObjects(model);
        List<String> guids = documents.scanGuids(Keys.objectPrefix(model));
        for (int from = 0; from < guids.size(); from += PAGE) {
            List<String> page = guids.subList(from, Math.min(guids.size(), from + PAGE));
            documents.readAll(model, page, Consistency.STRONG).forEach((guid, snapshot) -> {
                if (snapshot != null) {
                    stored.byGuid.put(guid, snapshot);
                    Object key = stored.naturalKey == null ? null : snapshot.values()[stored.naturalKey.index()];
                    if (key != null) {
                        stored.byNaturalKey.put(key, guid);
                    }
                }
            });
        }
        return stored;
    }

    /** The hybrid's first unique property, or null. */
    static PropertyModel naturalKey(HybridModel model) {
        for (PropertyModel p : model.properties()) {
            if (p.unique()) {
                return p;
            }
        }
        return null;
    }

    HybridModel model() {
        return model;
    }

    PropertyModel naturalKey() {
        return naturalKey;
    }

    Snapshot get(String guid) {
        return byGuid.get(guid);
    }

    /** The guid of the stored object with this natural key value, or null. */
    String guidOf(Object naturalKeyValue) {
        return naturalKeyValue == null ? null : byNaturalKey.get(naturalKeyValue);
    }

    /** Every stored object by guid, in key order. */
    Map<String, Snapshot> all() {
        return byGuid;
    }
}
