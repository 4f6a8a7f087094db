package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DalModel;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.InvalidHybridException;
import io.hybriddal.dal.internal.model.Declarations.BackrefDecl;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The registered hybrids of one Dal, resolved: each registered class maps to the model of its
 * most-derived registered extension, relations point at models, backrefs at relations.
 * Immutable after {@link #build}; thread-safe.
 */
public final class ModelRegistry {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<Class<?>, HybridModel> byClass;
    private final Map<String, HybridModel> byName;
    private final Map<String, HybridModel> byRegisteredName;
    private final DalModel description;

    private ModelRegistry(Map<Class<?>, HybridModel> byClass, Map<String, HybridModel> byName) {
        this.byClass = byClass;
        this.byName = byName;
        List<HybridInfo> infos = new ArrayList<>();
        for (HybridModel m : byName.values()) {
            m.describeAs(ModelInfos.describe(m));
            infos.add(m.info());
        }
        // Every registered class's name finds its model, so a base's name yields its extension.
        Map<String, HybridModel> registeredNames = new HashMap<>(byName);
        byClass.forEach((type, model) -> registeredNames.putIfAbsent(hybridName(type), model));
        this.byRegisteredName = Map.copyOf(registeredNames);
        Map<String, HybridInfo> infosByName = new HashMap<>();
        registeredNames.forEach((name, model) -> infosByName.put(name, model.info()));
        this.description = new ModelDescription(this, infos, infosByName);
    }

    /**
     * Reads, checks and resolves {@code types}.
     *
     * @param constrained tells whether a class declares Bean Validation constraints
     * @param generator   generates the class implementing a hybrid's declarations
     * @throws InvalidHybridException naming class and member for the first problem found
     */
    public static ModelRegistry build(Collection<Class<? extends DataObject>> types, Predicate<Class<?>> constrained,
                                      Function<Declarations, InstanceFactory> generator) {
        Set<Class<? extends DataObject>> registered = new LinkedHashSet<>(types);
        Map<String, Class<?>> names = new HashMap<>();
        for (Class<? extends DataObject> type : registered) {
            if (!type.isAnnotationPresent(Hybrid.class) || !DataObject.class.isAssignableFrom(type)) {
                DeclarationReader.read(type);
            }
            Class<?> previous = names.put(hybridName(type), type);
            if (previous != null) {
                throw new InvalidHybridException("two hybrids are named '" + hybridName(type) + "': " + previous.getName()
                        + " and " + type.getName() + " (set @Hybrid(name = ...) on one of them)");
            }
        }
        Map<Class<?>, HybridModel> byClass = new LinkedHashMap<>();
        Map<Class<? extends DataObject>, HybridModel> leaves = new LinkedHashMap<>();
        for (Class<? extends DataObject> type : registered) {
            Class<? extends DataObject> leaf = mostDerived(type, registered);
            HybridModel model = leaves.computeIfAbsent(leaf, l -> ModelFactory.create(l, hybridName(l), constrained.test(l), generator));
            byClass.put(type, model);
        }
        Map<String, HybridModel> byName = new LinkedHashMap<>();
        leaves.values().forEach(m -> byName.put(m.name(), m));
        resolveRelations(leaves.values(), byClass);
        resolveBackrefs(leaves.values());
        return new ModelRegistry(Map.copyOf(byClass), byName);
    }

    /** The hybrid name of a class: {@code @Hybrid(name)} or its simple name in lower case. */
    public static String hybridName(Class<?> type) {
        Hybrid hybrid = type.getAnnotation(Hybrid.class);
        String name = hybrid == null || hybrid.name().isEmpty() ? type.getSimpleName().toLowerCase(Locale.ROOT) : hybrid.name();
        if (!NAME.matcher(name).matches()) {
            throw new InvalidHybridException(type.getName() + " has the hybrid name '" + name
                    + "': use lower-case letters, digits and underscores, starting with a letter (@Hybrid(name = ...))");
        }
        return name;
    }

    private static Class<? extends DataObject> mostDerived(Class<? extends DataObject> type, Set<Class<? extends DataObject>> registered) {
        Class<? extends DataObject> leaf = type;
        for (Class<? extends DataObject> other : registered) {
            if (other == type || !type.isAssignableFrom(other)) {
                continue;
            }
            if (leaf.isAssignableFrom(other)) {
                leaf = other;
            } else if (!other.isAssignableFrom(leaf)) {
                throw new InvalidHybridException("two registered extensions of hybrid " + type.getName() + ": " + leaf.getName()
                        + " and " + other.getName() + " (register only one extension per hybrid)");
            }
        }
        return leaf;
    }

    private static void resolveRelations(Collection<HybridModel> models, Map<Class<?>, HybridModel> byClass) {
        for (HybridModel model : models) {
            for (RelationModel r : model.relations()) {
                HybridModel target = byClass.get(r.declaredType());
                if (target == null) {
                    throw new InvalidHybridException(model.type().getName() + "." + r.getter().getName() + "() is a relation to "
                            + r.declaredType().getName() + ", which is not a registered hybrid: register it too");
                }
                r.resolve(model, target);
            }
        }
    }

    private static void resolveBackrefs(Collection<HybridModel> models) {
        Map<HybridModel, Map<String, BackrefModel>> incoming = new HashMap<>();
        for (HybridModel model : models) {
            for (RelationModel r : model.relations()) {
                Map<String, BackrefModel> byName = incoming.computeIfAbsent(r.target(), t -> new LinkedHashMap<>());
                BackrefModel clash = byName.put(r.backref(), new BackrefModel(r.backref(), -1, null, r));
                if (clash != null) {
                    throw new InvalidHybridException("backref '" + r.backref() + "' of hybrid " + r.target().name() + " is declared by two relations: "
                            + clash.relation().owner().name() + "." + clash.relation().name() + " and " + model.name() + "." + r.name());
                }
            }
        }
        for (HybridModel model : models) {
            Map<String, BackrefModel> mine = incoming.getOrDefault(model, Map.of());
            List<BackrefModel> declared = new ArrayList<>();
            List<BackrefDecl> decls = model.declarations().backrefs();
            for (int i = 0; i < decls.size(); i++) {
                BackrefDecl decl = decls.get(i);
                BackrefModel undeclared = mine.get(decl.name());
                String where = model.type().getName() + "." + decl.getter().getName() + "()";
                if (undeclared == null) {
                    throw new InvalidHybridException(where + " is @Backref(\"" + decl.name() + "\") but no registered relation declares"
                            + " backref \"" + decl.name() + "\" towards " + model.name() + "; relations here: " + mine.keySet());
                }
                requireBackrefType(where, decl, undeclared.relation());
                BackrefModel b = new BackrefModel(decl.name(), i, decl.getter(), undeclared.relation());
                declared.add(b);
                mine.put(decl.name(), b);
            }
            model.resolveBackrefs(declared, new ArrayList<>(mine.values()));
        }
    }

    private static void requireBackrefType(String where, BackrefDecl decl, RelationModel relation) {
        Class<?> source = relation.owner().type();
        Class<?> returned = decl.getter().getReturnType();
        if (relation.oneToOne()) {
            if (!returned.isAssignableFrom(source)) {
                throw new InvalidHybridException(where + " reverses the one-to-one relation " + relation.owner().name() + "."
                        + relation.name() + ": it must return " + source.getSimpleName() + " (or a supertype), not " + returned.getSimpleName());
            }
            return;
        }
        if (returned != DataList.class) {
            throw new InvalidHybridException(where + " reverses the relation " + relation.owner().name() + "." + relation.name()
                    + ": it must return DataList<" + source.getSimpleName() + ">, not " + decl.getter().getGenericReturnType().getTypeName());
        }
        Type generic = decl.getter().getGenericReturnType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element
                && !element.isAssignableFrom(source)) {
            throw new InvalidHybridException(where + " returns DataList<" + element.getSimpleName() + "> but lists "
                    + source.getSimpleName() + " objects (relation " + relation.owner().name() + "." + relation.name() + ")");
        }
    }

    /**
     * The model serving {@code type}.
     *
     * @throws InvalidHybridException if the class is not registered
     */
    public HybridModel require(Class<?> type) {
        HybridModel model = byClass.get(type);
        if (model == null) {
            throw new InvalidHybridException(type.getName() + " is not a registered hybrid of this Dal: add it to Dal.builder().register(...)");
        }
        return model;
    }

    /** The model named {@code name}, or null. */
    public HybridModel byName(String name) {
        return byName.get(name);
    }

    /**
     * The model serving the hybrid named {@code name} (a base's name yields its extension).
     *
     * @throws InvalidHybridException naming the known hybrids when there is none
     */
    public HybridModel require(String name) {
        HybridModel model = byRegisteredName.get(Objects.requireNonNull(name, "hybrid name"));
        if (model == null) {
            throw new InvalidHybridException("no hybrid named '" + name + "' is registered; known: " + names());
        }
        return model;
    }

    /** The registered hybrid names, sorted (for messages). */
    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }

    /** The public description of the registered model. */
    public DalModel description() {
        return description;
    }

    /** Every model (one per hybrid, extensions in place of their bases), in registration order. */
    public Collection<HybridModel> models() {
        return byName.values();
    }
}
