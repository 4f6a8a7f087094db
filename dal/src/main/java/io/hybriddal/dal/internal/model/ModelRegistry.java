package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DalModel;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.InvalidHybridException;
import io.hybriddal.dal.internal.model.Declarations.BackrefDecl;
import io.hybriddal.dal.internal.rules.BeanNames;
import io.hybriddal.dal.internal.rules.DeclarationRules;
import io.hybriddal.dal.internal.rules.Rule;
import io.hybriddal.dal.internal.rules.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The registered hybrids of one Dal, resolved: each registered class maps to the model of its
 * most-derived registered extension, relations point at models, backrefs at relations.
 * Immutable after {@link #build}; thread-safe.
 */
public final class ModelRegistry {

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
            Class<?> previous = names.putIfAbsent(hybridName(type), type);
            if (previous != null) {
                throw new InvalidHybridException(Violation.text(new ReflectedClass(type).qualifiedName(), null,
                        Rule.HYBRID_NAME_UNIQUE.message(hybridName(type), new ReflectedClass(previous).qualifiedName())));
            }
        }
        // Each type's leaf, up to the first type whose extensions clash: that problem is reported
        // after those of the types before it, as a walk through the types one by one would.
        Map<Class<?>, Class<? extends DataObject>> leafOf = new LinkedHashMap<>();
        InvalidHybridException clash = null;
        for (Class<? extends DataObject> type : registered) {
            try {
                leafOf.put(type, mostDerived(type, registered));
            } catch (InvalidHybridException e) {
                clash = e;
                break;
            }
        }
        Implementations implementations = Implementations.prepare(List.copyOf(new LinkedHashSet<>(leafOf.values())), generator);
        Map<Class<?>, HybridModel> byClass = new LinkedHashMap<>();
        Map<Class<? extends DataObject>, HybridModel> leaves = new LinkedHashMap<>();
        leafOf.forEach((type, leaf) -> byClass.put(type, leaves.computeIfAbsent(leaf,
                l -> ModelFactory.create(l, hybridName(l), constrained.test(l), implementations.of(l)))));
        if (clash != null) {
            throw clash;
        }
        Map<String, HybridModel> byName = new LinkedHashMap<>();
        leaves.values().forEach(m -> byName.put(m.name(), m));
        resolveRelations(leaves.values(), byClass);
        resolveBackrefs(leaves.values());
        return new ModelRegistry(Map.copyOf(byClass), byName);
    }

    /** The hybrid name of a class: {@code @Hybrid(name)} or its simple name in lower case; checked. */
    public static String hybridName(Class<?> type) {
        String name = declaredName(type);
        DeclarationRules.hybridNameProblem(name).ifPresent(problem -> {
            throw new InvalidHybridException(Violation.text(new ReflectedClass(type).qualifiedName(), null, problem));
        });
        return name;
    }

    /** The hybrid name a class declares, unchecked. */
    static String declaredName(Class<?> type) {
        Hybrid hybrid = type.getAnnotation(Hybrid.class);
        return hybrid == null || hybrid.name().isEmpty() ? BeanNames.defaultHybridName(type.getSimpleName()) : hybrid.name();
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
                    throw new InvalidHybridException(Violation.text(qualified(r.getter()), signature(r.getter()),
                            Rule.BACKREF_UNIQUE.message(r.backref(), ReflectedType.nestedSimpleName(r.declaredType()),
                                    qualified(clash.relation().getter()) + "." + clash.relation().name())));
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
                String where = Violation.text(new ReflectedClass(model.type()).qualifiedName(), signature(decl.getter()), "");
                if (undeclared == null) {
                    throw new InvalidHybridException(where + Rule.BACKREF_RELATION.message(decl.name(),
                            ReflectedType.nestedSimpleName(decl.getter().getDeclaringClass())));
                }
                requireBackrefType(where, decl, undeclared.relation());
                BackrefModel b = new BackrefModel(decl.name(), i, decl.getter(), undeclared.relation());
                declared.add(b);
                mine.put(decl.name(), b);
            }
            model.resolveBackrefs(declared, new ArrayList<>(mine.values()));
        }
    }

    /** A backref returns DataList of the relation's class (or a supertype), or one of them for a one-to-one. */
    private static void requireBackrefType(String where, BackrefDecl decl, RelationModel relation) {
        Class<?> source = relation.getter().getDeclaringClass();
        Class<?> returned = decl.getter().getReturnType();
        Type generic = decl.getter().getGenericReturnType();
        boolean list = returned == DataList.class && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isAssignableFrom(source);
        boolean single = relation.oneToOne() && returned.isAssignableFrom(source) && returned != Object.class;
        if (!list && !single) {
            String simple = ReflectedType.nestedSimpleName(source);
            String expected = "DataList<" + simple + ">" + (relation.oneToOne() ? " or " + simple : "");
            throw new InvalidHybridException(where + Rule.BACKREF_TYPE.message(decl.name(), simple,
                    simple + "." + relation.name(), expected, new ReflectedType(generic).written()));
        }
    }

    private static String qualified(Method m) {
        return new ReflectedClass(m.getDeclaringClass()).qualifiedName();
    }

    private static String signature(Method m) {
        return new ReflectedMethod(m).signature();
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
