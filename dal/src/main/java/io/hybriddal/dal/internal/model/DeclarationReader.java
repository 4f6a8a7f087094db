package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.InvalidHybridException;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import io.hybriddal.dal.internal.model.Declarations.BackrefDecl;
import io.hybriddal.dal.internal.model.Declarations.DynamicDecl;
import io.hybriddal.dal.internal.model.Declarations.FieldDecl;
import io.hybriddal.dal.internal.rules.BeanNames;
import io.hybriddal.dal.internal.rules.DeclarationRules;
import io.hybriddal.dal.internal.rules.Rule;
import io.hybriddal.dal.internal.rules.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the declarations of a hybrid class and its hybrid superclasses, in declaration order
 * (superclass members first), once the shared {@link DeclarationRules} (the ones the annotation
 * processor checks too) have passed. Every problem is an {@link InvalidHybridException} naming the
 * class and the member, worded as the processor words it.
 */
public final class DeclarationReader {

    private DeclarationReader() {
    }

    public static Declarations read(Class<?> type) {
        if (!type.isAnnotationPresent(Hybrid.class)) {
            throw new InvalidHybridException(type.getName() + " is not a hybrid: annotate it with @Hybrid"
                    + (DataObject.class.isAssignableFrom(type) ? "" : " and make it extend io.hybriddal.dal.DataObject"));
        }
        ReflectedClass view = new ReflectedClass(type);
        List<Violation> violations = DeclarationRules.check(view);
        if (!violations.isEmpty()) {
            throw new InvalidHybridException(violations.get(0).text(view.qualifiedName()));
        }
        List<FieldDecl> fields = new ArrayList<>();
        List<BackrefDecl> backrefs = new ArrayList<>();
        List<DynamicDecl> dynamics = new ArrayList<>();
        Map<String, Method> setters = new LinkedHashMap<>();
        view.methods().forEach(m -> readMember(view, ((ReflectedMethod) m).method(), fields, backrefs, dynamics, setters));
        List<FieldDecl> withSetters = new ArrayList<>();
        for (FieldDecl f : fields) {
            Method setter = setters.get("set" + BeanNames.capitalize(f.name()));
            withSetters.add(new FieldDecl(f.name(), f.getter(), setter, f.property(), f.relation(), f.valueType()));
        }
        requireNoOtherAbstractMethods(view, withSetters, backrefs);
        return new Declarations(type, List.copyOf(withSetters), List.copyOf(backrefs), List.copyOf(dynamics));
    }

    private static void readMember(ReflectedClass view, Method m, List<FieldDecl> fields, List<BackrefDecl> backrefs,
                                   List<DynamicDecl> dynamics, Map<String, Method> setters) {
        Property property = m.getAnnotation(Property.class);
        Relation relation = m.getAnnotation(Relation.class);
        Backref backref = m.getAnnotation(Backref.class);
        Dynamic dynamic = m.getAnnotation(Dynamic.class);
        if (dynamic != null) {
            dynamics.add(new DynamicDecl(BeanNames.dynamic(m.getName(), m.getReturnType() == boolean.class), m, dynamic, valueType(view, m)));
        } else if (backref != null) {
            backrefs.add(new BackrefDecl(backref.value(), m, backref));
        } else if (relation != null) {
            fields.add(new FieldDecl(ReflectedClass.memberName(m), m, null, null, relation, null));
        } else if (property != null) {
            fields.add(new FieldDecl(ReflectedClass.memberName(m), m, null, property, null, valueType(view, m)));
        } else if (Modifier.isAbstract(m.getModifiers())) {
            setters.put(m.getName(), m); // the rules passed: an unannotated abstract method is a setter
        }
    }

    /** The value type of a checked property or dynamic. */
    private static ValueType valueType(ReflectedClass view, Method m) {
        String[] problem = new String[1];
        ValueType valueType = ValueType.of(m.getGenericReturnType(), problem);
        if (valueType == null) { // the rules and ValueType disagree: say so rather than fail later
            throw new InvalidHybridException(Violation.text(view.qualifiedName(), new ReflectedMethod(m).signature(), problem[0]));
        }
        return valueType;
    }

    /** Abstract methods inherited from interfaces, which the declaration rules do not see. */
    private static void requireNoOtherAbstractMethods(ReflectedClass view, List<FieldDecl> fields, List<BackrefDecl> backrefs) {
        Set<String> implemented = new HashSet<>();
        fields.forEach(f -> {
            implemented.add(f.getter().getName());
            if (f.setter() != null) {
                implemented.add(f.setter().getName());
            }
        });
        backrefs.forEach(b -> implemented.add(b.getter().getName()));
        for (Method m : view.type().getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !implemented.contains(m.getName())) {
                throw new InvalidHybridException(Violation.text(view.qualifiedName(), new ReflectedMethod(m).signature(),
                        Rule.ABSTRACT_OTHER.message()));
            }
        }
    }
}
