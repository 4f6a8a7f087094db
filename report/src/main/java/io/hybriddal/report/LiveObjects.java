package io.hybriddal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.RelationInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts the objects of each hybrid and loads a first page of them, in guid order. Counting
 * reads only the store's keys ({@code admin().count}); the page is a query ordered by guid, which
 * reads the hybrid's documents once (as the consistency check does anyway) and loads the page's
 * objects with one multi-get. The page's relation targets are named by their natural keys,
 * loaded one multi-get per target hybrid ({@link NaturalKeys}). Objects whose documents are
 * corrupt are left out of the page and passed to a consumer.
 */
final class LiveObjects {

    private LiveObjects() {
    }

    /** @param corrupt told of each object left out of a page for a corrupt document */
    static List<LiveData.HybridObjects> collect(Dal dal, int perHybrid, ObjectMapper mapper, Consumer<CorruptDataException> corrupt) {
        List<LiveData.HybridObjects> result = new ArrayList<>();
        for (HybridInfo h : dal.model().hybrids()) {
            long count = dal.admin().count(h.name());
            List<LiveData.ObjectRow> rows = new ArrayList<>();
            if (perHybrid > 0 && count > 0) {
                List<DataObject> page = new ArrayList<>(dal.query(h.name()).orderBy("guid").limit(perHybrid).skipCorrupt(corrupt).list());
                Map<String, Map<String, String>> keys = NaturalKeys.ofTargets(dal, h, page, corrupt);
                for (DataObject o : page) {
                    rows.add(row(h, o, keys, mapper));
                }
            }
            result.add(new LiveData.HybridObjects(h.name(), count, rows));
        }
        return result;
    }

    /** One object as the report shows it: JSON values, relation targets by guid and natural key ({@code keys}: hybrid, guid, key). */
    static LiveData.ObjectRow row(HybridInfo h, DataObject o, Map<String, Map<String, String>> keys, ObjectMapper mapper) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        o.export().forEach((name, value) -> properties.put(name, mapper.valueToTree(value)));
        Map<String, LiveData.RelationRef> relations = new LinkedHashMap<>();
        for (RelationInfo r : h.relations()) {
            String target = o.relationGuid(r.name());
            String key = target == null ? null : keys.getOrDefault(r.target(), Map.of()).get(target);
            relations.put(r.name(), new LiveData.RelationRef(r.target(), target, key));
        }
        return new LiveData.ObjectRow(o.getGuid(), o.version(), properties, relations);
    }
}
