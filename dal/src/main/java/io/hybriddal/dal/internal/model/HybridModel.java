package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.InvalidHybridException;
import io.hybriddal.dal.internal.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Everything hybrid-dal knows about one registered hybrid, computed once at registration:
 * fields by slot and by name, backrefs, dynamics, the generated class and the store key
 * prefixes. Immutable once the registry has resolved it; shared by all threads.
 */
public final class HybridModel {

    /** Distinct query paths kept resolved per hybrid: code names a few; more are resolved per use. */
    public static final int MAX_RESOLVED_PATHS = 256;

    private final Class<? extends DataObject> type;
    private final String name;
    private final String doc;
    private final Declarations declarations;
    private final List<FieldModel> fields;
    private final List<PropertyModel> properties;
    private final List<RelationModel> relations;
    private final List<DynamicModel> dynamics;
    private final Map<String, FieldModel> fieldsByName = new HashMap<>();
    private final Map<String, PropertyModel> formerNames = new HashMap<>();
    private final Map<String, DynamicModel> dynamicsByName = new HashMap<>();
    private final InstanceFactory proxy;
    private final boolean constrained;
    private final Object[] defaults;
    private final boolean scalarsOnly;
    private List<BackrefModel> declaredBackrefs = List.of();
    private List<BackrefModel> incoming = List.of();
    private final Map<String, BackrefModel> backrefsByName = new HashMap<>();
    private HybridInfo info;
    /** Query paths resolved on this hybrid ({@link #resolvedPath}). */
    private final ConcurrentHashMap<String, Object> resolvedPaths = new ConcurrentHashMap<>();

    HybridModel(Class<? extends DataObject> type, String name, String doc, Declarations declarations, List<FieldModel> fields,
                List<DynamicModel> dynamics, InstanceFactory proxy, boolean constrained) {
        this.type = type;
        this.name = name;
        this.doc = doc;
        this.declarations = declarations;
        this.fields = List.copyOf(fields);
        List<PropertyModel> props = new ArrayList<>();
        List<RelationModel> rels = new ArrayList<>();
        for (FieldModel f : fields) {
            fieldsByName.put(f.name(), f);
            if (f instanceof PropertyModel p) {
                props.add(p);
            } else {
                rels.add((RelationModel) f);
            }
        }
        this.properties = List.copyOf(props);
        for (PropertyModel p : properties) {
            for (String former : p.formerly()) {
                if (fieldsByName.containsKey(former) || formerNames.putIfAbsent(former, p) != null) {
                    throw new InvalidHybridException("hybrid " + name + ": property '" + p.name() + "' names '" + former
                            + "' in formerly, which is the name or a former name of another field");
                }
            }
        }
        this.relations = List.copyOf(rels);
        this.dynamics = List.copyOf(dynamics);
        dynamics.forEach(d -> dynamicsByName.put(d.name(), d));
        this.proxy = proxy;
        this.constrained = constrained;
        this.defaults = new Object[fields.size()];
        boolean scalars = true;
        for (PropertyModel p : properties) {
            defaults[p.index()] = p.defaultValue();
            scalars &= p.valueType().kind().isScalar();
        }
        for (FieldModel f : fields) {
            scalars &= f.name().length() <= Json.MAX_NAME_LENGTH;
        }
        this.scalarsOnly = scalars;
    }

    Declarations declarations() {
        return declarations;
    }

    void resolveBackrefs(List<BackrefModel> declared, List<BackrefModel> incoming) {
        this.declaredBackrefs = List.copyOf(declared);
        this.incoming = List.copyOf(incoming);
        incoming.forEach(b -> backrefsByName.put(b.name(), b));
        declared.forEach(b -> backrefsByName.put(b.name(), b));
    }

    void describeAs(HybridInfo info) {
        this.info = info;
    }

    /** The public description of this hybrid. */
    public HybridInfo info() {
        return info;
    }

    /** The registered class (an extension's class when the hybrid is extended). */
    public Class<? extends DataObject> type() {
        return type;
    }

    /** The hybrid name used in keys and messages. */
    public String name() {
        return name;
    }

    public String doc() {
        return doc;
    }

    /** Properties and relations by slot (declaration order). */
    public List<FieldModel> fields() {
        return fields;
    }

    public FieldModel field(int index) {
        return fields.get(index);
    }

    /** The field named {@code name}, or null. */
    public FieldModel field(String name) {
        return fieldsByName.get(name);
    }

    /** The property that was stored under {@code storedName} before, or null. */
    public PropertyModel formerly(String storedName) {
        return formerNames.isEmpty() ? null : formerNames.get(storedName);
    }

    /** Whether a property declares former names. */
    public boolean hasFormerNames() {
        return !formerNames.isEmpty();
    }

    public List<PropertyModel> properties() {
        return properties;
    }

    public List<RelationModel> relations() {
        return relations;
    }

    /** Backrefs with a getter on this hybrid, by getter slot. */
    public List<BackrefModel> declaredBackrefs() {
        return declaredBackrefs;
    }

    /** Every relation of any hybrid pointing here, as a backref (declared or not). */
    public List<BackrefModel> incomingBackrefs() {
        return incoming;
    }

    /** The backref named {@code name} (declared or not), or null. */
    public BackrefModel backref(String name) {
        return backrefsByName.get(name);
    }

    public List<DynamicModel> dynamics() {
        return dynamics;
    }

    /** The dynamic named {@code name}, or null. */
    public DynamicModel dynamic(String name) {
        return dynamicsByName.get(name);
    }

    /**
     * The dynamic named {@code name}.
     *
     * @throws IllegalArgumentException naming the hybrid's dynamics when there is none
     */
    public DynamicModel requireDynamic(String name) {
        DynamicModel d = dynamicsByName.get(name);
        if (d == null) {
            throw new IllegalArgumentException(this.name + " has no dynamic '" + name + "'; its dynamics: "
                    + dynamics.stream().map(DynamicModel::name).toList());
        }
        return d;
    }

    /** Makes the instances (of the class generated for this hybrid). */
    public InstanceFactory proxy() {
        return proxy;
    }

    /** Whether Bean Validation constraints are declared (otherwise validation is skipped). */
    public boolean constrained() {
        return constrained;
    }

    /**
     * Whether every property is a scalar (a string, number, boolean or enum; relations are guid
     * strings) and every field name within the reader's limit: then a document of this model
     * without unknown fields reads back whenever it is no longer than the longest string the
     * reader takes ({@code Json.MAX_STRING_LENGTH}), with nothing nested and no long number.
     */
    public boolean scalarsOnly() {
        return scalarsOnly;
    }

    /** A fresh value array holding the defaults of a new object. */
    public Object[] newValues() {
        return defaults.clone();
    }

    /** Names of every field, in declaration order (for messages). */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>(fields.size());
        fields.forEach(f -> names.add(f.name()));
        return Collections.unmodifiableList(names);
    }

    /**
     * {@code path} as {@code resolve} (given this hybrid and the path) resolved it the first time
     * it was asked: a query's dotted paths are metadata of its hybrid (models do not change once
     * registered), and queries name the same few paths again and again. Up to
     * {@link #MAX_RESOLVED_PATHS} distinct paths are kept; others are resolved on every call.
     * Nothing is kept when {@code resolve} throws. One caller, the query engine, so the type it
     * keeps is the type it asks for. Thread-safe; {@code path} must not be null.
     */
    @SuppressWarnings("unchecked")
    public <T> T resolvedPath(String path, BiFunction<HybridModel, String, T> resolve) {
        Object known = resolvedPaths.get(path);
        if (known != null) {
            return (T) known;
        }
        T resolved = resolve.apply(this, path);
        if (resolvedPaths.size() < MAX_RESOLVED_PATHS) {
            resolvedPaths.putIfAbsent(path, resolved);
        }
        return resolved;
    }

    @Override
    public String toString() {
        return name;
    }
}
