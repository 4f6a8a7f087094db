package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.BackrefInfo;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.DynamicInfo;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.MemberInfo;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The public, immutable description ({@link HybridInfo} and its members) of the engine's models,
 * built once at registration. A base hybrid is described by the members its own class declares.
 */
final class ModelInfos {

    private ModelInfos() {
    }

    record PropertyDescription(String name, String doc, Class<?> javaType, Type genericType, boolean mandatory,
                               boolean unique, boolean indexed, boolean scalar, Optional<Object> defaultValue,
                               List<String> formerly) implements PropertyInfo {
    }

    record RelationDescription(String name, String doc, String target, String backref, boolean mandatory,
                               boolean oneToOne) implements RelationInfo {
    }

    record BackrefDescription(String name, String doc, String source, String relation, boolean oneToOne,
                              boolean declared) implements BackrefInfo {
    }

    record DynamicDescription(String name, String doc, Class<?> javaType, Type genericType, Duration ttl,
                              boolean locked) implements DynamicInfo {
    }

    record HybridDescription(String name, Class<? extends DataObject> type, String doc, Optional<HybridInfo> base,
                             List<PropertyInfo> properties, List<RelationInfo> relations, List<BackrefInfo> backrefs,
                             List<DynamicInfo> dynamics, Map<String, MemberInfo> members) implements HybridInfo {

        @Override
        public Optional<MemberInfo> member(String name) {
            return Optional.ofNullable(members.get(Objects.requireNonNull(name, "name")));
        }

        @Override
        public Optional<PropertyInfo> naturalKey() {
            return properties.stream().filter(PropertyInfo::unique).findFirst();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The description of {@code model}. */
    static HybridInfo describe(HybridModel model) {
        return describe(model, model.type());
    }

    /** {@code model} as seen from {@code declaring}: {@code model.type()} itself or one of its hybrid superclasses. */
    private static HybridInfo describe(HybridModel model, Class<? extends DataObject> declaring) {
        Predicate<Method> visible = m -> m == null || m.getDeclaringClass().isAssignableFrom(declaring);
        List<PropertyInfo> properties = new ArrayList<>();
        List<RelationInfo> relations = new ArrayList<>();
        for (FieldModel f : model.fields()) {
            if (!visible.test(f.getter())) {
                continue;
            }
            if (f instanceof PropertyModel p) {
                properties.add(property(p));
            } else if (f instanceof RelationModel r) {
                relations.add(new RelationDescription(r.name(), r.doc(), r.target().name(), r.backref(), r.mandatory(), r.oneToOne()));
            }
        }
        List<BackrefInfo> backrefs = new ArrayList<>();
        for (BackrefModel b : model.declaredBackrefs()) {
            if (visible.test(b.getter())) {
                backrefs.add(new BackrefDescription(b.name(), b.getter().getAnnotation(Backref.class).doc(), b.source().name(),
                        b.relation().name(), b.oneToOne(), true));
            }
        }
        for (BackrefModel b : model.incomingBackrefs()) {
            if (b.getter() == null) {
                backrefs.add(new BackrefDescription(b.name(), "", b.source().name(), b.relation().name(), b.oneToOne(), false));
            }
        }
        List<DynamicInfo> dynamics = new ArrayList<>();
        for (DynamicModel d : model.dynamics()) {
            if (visible.test(d.method())) {
                dynamics.add(new DynamicDescription(d.name(), d.doc(), d.method().getReturnType(), d.method().getGenericReturnType(),
                        Duration.ofSeconds(d.ttlSeconds()), d.locked()));
            }
        }
        Map<String, MemberInfo> members = new LinkedHashMap<>();
        properties.forEach(m -> members.put(m.name(), m));
        relations.forEach(m -> members.put(m.name(), m));
        backrefs.forEach(m -> members.putIfAbsent(m.name(), m));
        dynamics.forEach(m -> members.putIfAbsent(m.name(), m));
        Optional<HybridInfo> base = baseOf(declaring).map(b -> describe(model, b));
        String name = declaring == model.type() ? model.name() : ModelRegistry.hybridName(declaring);
        return new HybridDescription(name, declaring, declaring.getAnnotation(Hybrid.class).doc(), base,
                List.copyOf(properties), List.copyOf(relations), List.copyOf(backrefs), List.copyOf(dynamics), Map.copyOf(members));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Class<? extends DataObject>> baseOf(Class<?> type) {
        Class<?> parent = type.getSuperclass();
        return parent != null && parent.isAnnotationPresent(Hybrid.class) && DataObject.class.isAssignableFrom(parent)
                ? Optional.of((Class<? extends DataObject>) parent) : Optional.empty();
    }

    private static PropertyInfo property(PropertyModel p) {
        Property declared = p.getter().getAnnotation(Property.class);
        boolean hasDefault = declared != null && !Property.NO_DEFAULT.equals(declared.defaultValue());
        return new PropertyDescription(p.name(), p.doc(), p.getter().getReturnType(), p.getter().getGenericReturnType(),
                p.mandatory(), p.unique(), p.indexed(), p.valueType().kind().isScalar(),
                hasDefault ? Optional.ofNullable(p.defaultValue()) : Optional.empty(), p.formerly());
    }
}
