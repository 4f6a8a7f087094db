package io.hybriddal.dal.internal.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import io.hybriddal.dal.internal.json.Json;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the objects of a design file: properties converted to their declared (generic) types,
 * then relations resolved by natural key, first among the file's objects, then in the store.
 * Problems are added, naming file, line, hybrid and member.
 */
final class DesignObjects {

    private final Dal dal;
    private final String file;
    private final List<String> problems;
    private final Map<String, Map<Object, DataObject>> byNaturalKey = new HashMap<>();

    DesignObjects(Dal dal, String file, List<String> problems) {
        this.dal = dal;
        this.file = file;
        this.problems = problems;
    }

    List<DataObject> build(List<DesignFile.Entry> entries) {
        List<DataObject> objects = new ArrayList<>(entries.size());
        for (DesignFile.Entry e : entries) {
            JsonNode guid = e.members().get("guid");
            DataObject o;
            try {
                o = guid == null ? dal.create(e.hybrid().name()) : dal.create(e.hybrid().name(), guid.asText());
            } catch (IllegalArgumentException ex) {
                problems.add(where(e, "guid") + ex.getMessage());
                o = dal.create(e.hybrid().name());
            }
            for (PropertyInfo p : e.hybrid().properties()) {
                JsonNode value = e.members().get(p.name());
                if (value != null) {
                    set(e, o, p, value);
                }
            }
            Optional<PropertyInfo> key = e.hybrid().naturalKey();
            if (key.isPresent() && e.members().containsKey(key.get().name())) {
                byNaturalKey.computeIfAbsent(e.hybrid().name(), h -> new HashMap<>()).putIfAbsent(o.get(key.get().name()), o);
            }
            objects.add(o);
        }
        for (int i = 0; i < entries.size(); i++) {
            DesignFile.Entry e = entries.get(i);
            for (RelationInfo r : e.hybrid().relations()) {
                JsonNode value = e.members().get(r.name());
                if (value != null && !value.isNull()) {
                    link(e, objects.get(i), r, value);
                }
            }
        }
        return objects;
    }

    private void set(DesignFile.Entry e, DataObject o, PropertyInfo p, JsonNode value) {
        try {
            o.set(p.name(), value.isNull() ? null : convert(value, genericType(e.hybrid(), p)));
        } catch (IllegalArgumentException ex) {
            problems.add(where(e, p.name()) + "value " + value + " is not a " + p.javaType().getSimpleName() + ": " + ex.getMessage());
        }
    }

    private void link(DesignFile.Entry e, DataObject o, RelationInfo r, JsonNode value) {
        if (value.isObject()) {
            JsonNode guid = value.get("guid");
            if (guid == null || value.size() != 1) {
                problems.add(where(e, r.name()) + "a relation is the target's natural key or {guid: ...}, not " + value);
            } else {
                o.set(r.name(), guid.asText());
            }
            return;
        }
        HybridInfo target = dal.model().hybrid(r.target());
        Optional<PropertyInfo> key = target.naturalKey();
        if (key.isEmpty()) {
            problems.add(where(e, r.name()) + r.target() + " has no natural key (no unique property): name the target as {guid: ...}");
            return;
        }
        Object nk;
        try {
            nk = convert(value, key.get().javaType());
        } catch (IllegalArgumentException ex) {
            problems.add(where(e, r.name()) + "value " + value + " is not a " + r.target() + " " + key.get().name());
            return;
        }
        DataObject designed = byNaturalKey.getOrDefault(r.target(), Map.of()).get(nk);
        if (designed != null) {
            o.set(r.name(), designed);
            return;
        }
        Optional<DataObject> stored = dal.query(r.target()).where(Filter.eq(key.get().name(), nk)).first();
        if (stored.isPresent()) {
            o.set(r.name(), stored.get().getGuid());
        } else {
            problems.add(where(e, r.name()) + "no " + r.target() + " with " + key.get().name() + " '" + nk
                    + "' in the design or the store");
        }
    }

    private String where(DesignFile.Entry e, String member) {
        return file + ":" + e.lines().getOrDefault(member, e.line()) + ": hybrid '" + e.hybrid().name() + "' member '" + member + "': ";
    }

    private static Object convert(JsonNode value, Type type) {
        return Json.MAPPER.convertValue(value, Json.MAPPER.constructType(type));
    }

    /** The getter's generic return type (List&lt;String&gt;, not List), so that elements convert too. */
    private static Type genericType(HybridInfo hybrid, PropertyInfo p) {
        String cap = Character.toUpperCase(p.name().charAt(0)) + p.name().substring(1);
        for (String prefix : new String[] {"get", "is"}) {
            try {
                Method m = hybrid.type().getMethod(prefix + cap);
                return m.getGenericReturnType();
            } catch (NoSuchMethodException ignored) {
                // try the other prefix
            }
        }
        return p.javaType();
    }
}
