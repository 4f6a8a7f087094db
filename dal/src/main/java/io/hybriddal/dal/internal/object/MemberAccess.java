package io.hybriddal.dal.internal.object;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.InvalidRelationException;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.model.ValueConversion;

/**
 * {@code DataObject.get(String)} and {@code set(String, Object)}: members by name, for tools that
 * know the model only at run time. A lookup by name costs a map lookup; the typed getters stay the
 * fast path.
 */
final class MemberAccess {

    private MemberAccess() {
    }

    static Object get(ObjectState state, String name) {
        HybridModel model = state.model();
        FieldModel field = model.field(requireName(name));
        if (field instanceof PropertyModel p) {
            return state.getValue(p.index());
        }
        if (field instanceof RelationModel r) {
            return state.getRelation(r.index());
        }
        BackrefModel backref = model.backref(name);
        if (backref != null) {
            return backref.index() >= 0 ? state.getBackref(backref.index()) : state.undeclaredBackref(backref);
        }
        DynamicModel dynamic = model.dynamic(name);
        if (dynamic != null) {
            return state.getDynamic(dynamic.index());
        }
        throw unknown(model, name);
    }

    static void set(ObjectState state, String name, Object value) {
        HybridModel model = state.model();
        FieldModel field = model.field(requireName(name));
        if (field instanceof PropertyModel p) {
            Object converted;
            try {
                converted = ValueConversion.convert(p.valueType(), value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(model.name() + "." + name + " " + e.getMessage(), e);
            }
            state.setValue(p.index(), converted);
        } else if (field instanceof RelationModel r) {
            setRelation(state, r, value);
        } else if (model.backref(name) != null || model.dynamic(name) != null) {
            throw new IllegalArgumentException(model.name() + "." + name + " is a " + (model.dynamic(name) != null ? "dynamic" : "backref")
                    + " and cannot be set; settable: " + model.fieldNames());
        } else {
            throw unknown(model, name);
        }
    }

    static String relationGuid(ObjectState state, String relation) {
        FieldModel field = state.model().field(relation);
        if (!(field instanceof RelationModel)) {
            throw new IllegalArgumentException(state.model().name() + " has no relation '" + relation + "'; its relations: "
                    + state.model().relations());
        }
        return (String) state.values()[field.index()];
    }

    private static void setRelation(ObjectState state, RelationModel r, Object value) {
        String expected = "expected a " + r.target().name() + " or its guid";
        if (value == null || value instanceof DataObject) {
            try {
                state.setRelation(r.index(), value);
            } catch (InvalidRelationException e) {
                throw new IllegalArgumentException(state.model().name() + "." + r.name() + " " + expected + ", not "
                        + ((DataObject) value).hybridName(), e);
            }
        } else if (value instanceof String guid && !guid.isBlank()) {
            state.setRelationGuid(r.index(), guid);
        } else {
            throw new IllegalArgumentException(state.model().name() + "." + r.name() + " " + expected + ", not "
                    + value.getClass().getSimpleName() + " " + value);
        }
    }

    private static String requireName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("member name is null");
        }
        return name;
    }

    private static IllegalArgumentException unknown(HybridModel model, String name) {
        return new IllegalArgumentException(model.name() + " has no member '" + name + "'; its members: " + memberNames(model));
    }

    private static String memberNames(HybridModel model) {
        StringBuilder names = new StringBuilder(model.fieldNames().toString());
        model.info().backrefs().forEach(b -> names.append(", backref ").append(b.name()));
        model.dynamics().forEach(d -> names.append(", dynamic ").append(d.name()));
        return names.toString();
    }
}
