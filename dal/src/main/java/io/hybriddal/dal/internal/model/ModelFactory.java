package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.InvalidHybridException;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.internal.model.Declarations.DynamicDecl;
import io.hybriddal.dal.internal.model.Declarations.FieldDecl;
import io.hybriddal.dal.internal.rules.Rule;
import io.hybriddal.dal.internal.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link HybridModel} from a class's declarations and its generated implementation. */
final class ModelFactory {

    private ModelFactory() {
    }

    static HybridModel create(Class<? extends DataObject> type, String name, boolean constrained, Implementations.Prepared prepared) {
        Declarations decl = prepared.declarations();
        InstanceFactory proxy = prepared.factory();
        List<FieldModel> fields = new ArrayList<>();
        for (int i = 0; i < decl.fields().size(); i++) {
            fields.add(field(type, decl.fields().get(i), i));
        }
        List<DynamicModel> dynamics = new ArrayList<>();
        for (int i = 0; i < decl.dynamics().size(); i++) {
            DynamicDecl d = decl.dynamics().get(i);
            dynamics.add(new DynamicModel(d.name(), i, d.method(), d.dynamic().ttl(), d.dynamic().locked(), d.dynamic().doc(),
                    new ValueCodec(d.valueType()), proxy.computes()[i], new DynamicModel.Counters()));
        }
        Hybrid hybrid = type.getAnnotation(Hybrid.class);
        return new HybridModel(type, name, hybrid.doc(), decl, fields, dynamics, proxy, constrained);
    }

    private static FieldModel field(Class<?> type, FieldDecl f, int index) {
        if (f.isRelation()) {
            return new RelationModel(f.name(), index, f.relation().mandatory(), f.relation().doc(), f.getter(),
                    f.getter().getReturnType(), f.relation().backref(), f.relation().oneToOne());
        }
        Property p = f.property();
        ValueCodec codec = new ValueCodec(f.valueType());
        Object defaultValue;
        if (Property.NO_DEFAULT.equals(p.defaultValue())) {
            defaultValue = f.valueType().zero();
        } else {
            try {
                defaultValue = codec.parseDefault(p.defaultValue());
            } catch (IllegalArgumentException e) {
                // the text passed the shared rules; Jackson found more (e.g. ["a"] for a List<Integer>)
                ReflectedMethod getter = new ReflectedMethod(f.getter());
                throw new InvalidHybridException(Violation.text(new ReflectedClass(type).qualifiedName(), getter.signature(),
                        Rule.DEFAULT_VALUE.message(p.defaultValue(), getter.returnType().written(), reason(e))));
            }
        }
        return new PropertyModel(f.name(), index, p.mandatory(), p.doc(), f.getter(), codec, defaultValue, p.unique(), p.indexed(),
                List.of(p.formerly()));
    }

    private static String reason(IllegalArgumentException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
