package io.hybriddal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the objects of each hybrid and loads a first page of them. Counting scans the object
 * keys (no query engine needed); the page is loaded with {@code dal.list}, one multi-get.
 */
final class LiveObjects {

    private LiveObjects() {
    }

    static List<LiveData.HybridObjects> collect(DalEngine engine, Iterable<HybridModel> models, int perHybrid, ObjectMapper mapper) {
        List<LiveData.HybridObjects> result = new ArrayList<>();
        for (HybridModel m : models) {
            String prefix = Keys.objectPrefix(m);
            long count = StoreScan.count(engine.persistent(), prefix);
            List<String> guids = StoreScan.firstGuids(engine.persistent(), prefix, perHybrid);
            List<LiveData.ObjectRow> rows = new ArrayList<>();
            for (DataObject o : engine.list(m.type(), guids)) {
                rows.add(row(m, o, mapper));
            }
            result.add(new LiveData.HybridObjects(m.name(), count, rows));
        }
        return result;
    }

    /** One object as the report shows it: JSON values, relation targets by guid (not loaded). */
    static LiveData.ObjectRow row(HybridModel m, DataObject o, ObjectMapper mapper) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        o.export().forEach((name, value) -> properties.put(name, mapper.valueToTree(value)));
        Map<String, LiveData.RelationRef> relations = new LinkedHashMap<>();
        for (RelationModel r : m.relations()) {
            relations.put(r.name(), new LiveData.RelationRef(r.target().name(), o.relationGuid(r.name())));
        }
        return new LiveData.ObjectRow(o.getGuid(), o.version(), properties, relations);
    }
}
