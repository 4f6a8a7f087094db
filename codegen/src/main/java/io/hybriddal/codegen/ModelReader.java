package io.hybriddal.codegen;

import io.hybriddal.codegen.HybridModel.BackrefModel;
import io.hybriddal.codegen.HybridModel.ConstraintModel;
import io.hybriddal.codegen.HybridModel.DynamicModel;
import io.hybriddal.codegen.HybridModel.PropertyModel;
import io.hybriddal.codegen.HybridModel.RelationModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a hybrid class (source or class file) into a {@link HybridModel}. It is lenient: it takes
 * what the annotations say and leaves judging them to the rule classes.
 */
final class ModelReader {

    private final Annotations annotations;

    ModelReader(Annotations annotations) {
        this.annotations = annotations;
    }

    /** The hybrid name of {@code type}: {@code @Hybrid(name)}, or its simple name in lower case. */
    String nameOf(TypeElement type) {
        String explicit = Annotations.find(type, Names.HYBRID).map(a -> annotations.string(a, "name")).orElse("");
        return explicit.isEmpty() ? Names.defaultHybridName(type.getSimpleName().toString()) : explicit;
    }

    HybridModel read(TypeElement type) {
        AnnotationMirror hybrid = Annotations.find(type, Names.HYBRID).orElseThrow();
        String name = nameOf(type);
        List<PropertyModel> properties = new ArrayList<>();
        List<RelationModel> relations = new ArrayList<>();
        List<BackrefModel> backrefs = new ArrayList<>();
        List<DynamicModel> dynamics = new ArrayList<>();
        for (ExecutableElement m : ownMethods(type)) {
            Annotations.find(m, Names.PROPERTY).ifPresent(a -> properties.add(property(m, a)));
            Annotations.find(m, Names.RELATION).ifPresent(a -> relations.add(new RelationModel(m, beanName(m),
                    m.getReturnType(), annotations.string(a, "backref"), annotations.bool(a, "mandatory"),
                    annotations.bool(a, "oneToOne"), annotations.string(a, "doc"))));
            Annotations.find(m, Names.BACKREF).ifPresent(a -> backrefs.add(new BackrefModel(m,
                    annotations.string(a, "value"), m.getReturnType(), annotations.string(a, "doc"))));
            Annotations.find(m, Names.DYNAMIC).ifPresent(a -> dynamics.add(new DynamicModel(m, Names.dynamicName(m),
                    m.getReturnType(), annotations.integer(a, "ttl"), annotations.bool(a, "locked"),
                    annotations.string(a, "doc"))));
        }
        return new HybridModel(type, name, annotations.string(hybrid, "doc"), baseHybrid(type),
                List.copyOf(properties), List.copyOf(relations), List.copyOf(backrefs), List.copyOf(dynamics));
    }

    /**
     * The methods declared in {@code type} and in the non-hybrid classes between it and its base
     * hybrid (or {@code DataObject}), the furthest ancestor's first, each in declaration order.
     */
    static List<ExecutableElement> ownMethods(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = type; t != null; t = superclass(t)) {
            if (t != type && (Annotations.has(t, Names.HYBRID) || isRoot(t))) {
                break;
            }
            chain.add(t);
        }
        Collections.reverse(chain);
        List<ExecutableElement> methods = new ArrayList<>();
        for (TypeElement t : chain) {
            methods.addAll(ElementFilter.methodsIn(t.getEnclosedElements()));
        }
        return methods;
    }

    /** The nearest superclass carrying {@code @Hybrid}, or null. */
    static TypeElement baseHybrid(TypeElement type) {
        for (TypeElement t = superclass(type); t != null && !isRoot(t); t = superclass(t)) {
            if (Annotations.has(t, Names.HYBRID)) {
                return t;
            }
        }
        return null;
    }

    static TypeElement superclass(TypeElement type) {
        TypeMirror sup = type.getSuperclass();
        return sup.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) sup).asElement() : null;
    }

    private static boolean isRoot(TypeElement t) {
        String name = t.getQualifiedName().toString();
        return name.equals(Names.DATA_OBJECT) || name.equals("java.lang.Object");
    }

    private PropertyModel property(ExecutableElement m, AnnotationMirror a) {
        String defaultValue = annotations.string(a, "defaultValue");
        return new PropertyModel(m, beanName(m), m.getReturnType(), annotations.bool(a, "mandatory"),
                Names.NO_DEFAULT.equals(defaultValue) ? null : defaultValue, annotations.bool(a, "unique"),
                annotations.bool(a, "indexed"), annotations.string(a, "doc"), constraints(m));
    }

    private static String beanName(ExecutableElement m) {
        return Names.getterProperty(m).orElse(m.getSimpleName().toString());
    }

    /** The Bean Validation constraints on a getter, with the attributes written on them. */
    private static List<ConstraintModel> constraints(ExecutableElement m) {
        List<ConstraintModel> result = new ArrayList<>();
        for (AnnotationMirror mirror : m.getAnnotationMirrors()) {
            if (Annotations.isMetaAnnotated(mirror, Names.CONSTRAINT_MARKERS)) {
                result.add(constraint(mirror));
            }
        }
        return List.copyOf(result);
    }

    private static ConstraintModel constraint(AnnotationMirror mirror) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        mirror.getElementValues().forEach((k, v) -> attributes.put(k.getSimpleName().toString(), plain(v)));
        return new ConstraintModel(Annotations.simpleName(mirror), Collections.unmodifiableMap(attributes));
    }

    /** An annotation value as a plain value: strings, numbers, booleans, names, lists, nested constraints. */
    private static Object plain(AnnotationValue value) {
        Object v = value.getValue();
        if (v instanceof TypeMirror type) {
            return TypeRenderer.written(type);
        }
        if (v instanceof VariableElement constant) {
            return constant.getSimpleName().toString();
        }
        if (v instanceof AnnotationMirror nested) {
            return constraint(nested);
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        if (v instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (Object item : list) {
                items.add(plain((AnnotationValue) item));
            }
            return items;
        }
        return v;
    }
}
