package io.hybriddal.dal.internal.object;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Map views of an object: export, serialize, and the values set on a query-by-example instance. */
final class ObjectViews {

    private ObjectViews() {
    }

    /** The properties by name, in declaration order. */
    static Map<String, Object> export(ObjectState state) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PropertyModel p : state.model().properties()) {
            out.put(p.name(), state.values()[p.index()]);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * {@code guid}, the properties, the dynamics (computed), then the relations: as
     * {@code <name>Guid} at depth 0, nested maps (or null) deeper.
     */
    static Map<String, Object> serialize(ObjectState state, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("serialize depth must not be negative: " + depth);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("guid", state.guid());
        for (PropertyModel p : state.model().properties()) {
            out.put(p.name(), state.values()[p.index()]);
        }
        for (DynamicModel d : state.model().dynamics()) {
            out.put(d.name(), state.context().dynamics().get(state, d));
        }
        for (RelationModel r : state.model().relations()) {
            if (depth == 0) {
                out.put(r.name() + "Guid", state.values()[r.index()]);
            } else {
                DataObject target = (DataObject) state.getRelation(r.index());
                out.put(r.name(), target == null ? null : target.serialize(depth - 1));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The properties explicitly set since creation, for {@code Filter.like}. */
    static Map<String, Object> explicitlySet(ObjectState state) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean[] flags = state.explicitFlags();
        if (flags == null) {
            return out;
        }
        for (FieldModel f : state.model().fields()) {
            if (flags[f.index()] && f instanceof PropertyModel) {
                out.put(f.name(), state.values()[f.index()]);
            }
        }
        return out;
    }
}
