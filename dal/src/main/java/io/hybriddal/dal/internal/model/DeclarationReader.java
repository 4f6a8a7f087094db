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
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the declarations of a hybrid class and its hybrid superclasses, in
 * declaration order (superclass members first). Every problem is an
 * {@link InvalidHybridException} naming the class and the member.
 */
public final class DeclarationReader {

    private static final Set<String> RESERVED = Set.of("guid", "class", "hybridName", "version");

    private DeclarationReader() {
    }

    public static Declarations read(Class<?> type) {
        requireHybridClass(type);
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != DataObject.class; c = c.getSuperclass()) {
            chain.push(c);
        }
        List<FieldDecl> fields = new ArrayList<>();
        List<BackrefDecl> backrefs = new ArrayList<>();
        List<DynamicDecl> dynamics = new ArrayList<>();
        Map<String, Method> setters = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Class<?> c : chain) {
            for (Method m : DeclarationOrder.declaredMethods(c)) {
                readMember(type, m, fields, backrefs, dynamics, setters, names);
            }
        }
        List<FieldDecl> withSetters = pairSetters(type, fields, backrefs, setters);
        requireNoOtherAbstractMethods(type, withSetters, backrefs);
        return new Declarations(type, List.copyOf(withSetters), List.copyOf(backrefs), List.copyOf(dynamics));
    }

    private static void requireHybridClass(Class<?> type) {
        if (!DataObject.class.isAssignableFrom(type) || type == DataObject.class) {
            throw new InvalidHybridException(type.getName() + " is not a hybrid: it must extend io.hybriddal.dal.DataObject");
        }
        if (!type.isAnnotationPresent(Hybrid.class)) {
            throw new InvalidHybridException(type.getName() + " is not a hybrid: annotate it with @Hybrid");
        }
        if (Modifier.isFinal(type.getModifiers())) {
            throw new InvalidHybridException(type.getName() + " is final: hybrids must be extendable (make it abstract)");
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            throw new InvalidHybridException(type.getName() + " is an inner class: declare hybrids as top-level or static nested classes");
        }
    }

    private static void readMember(Class<?> type, Method m, List<FieldDecl> fields, List<BackrefDecl> backrefs,
                                   List<DynamicDecl> dynamics, Map<String, Method> setters, Set<String> names) {
        Property property = m.getAnnotation(Property.class);
        Relation relation = m.getAnnotation(Relation.class);
        Backref backref = m.getAnnotation(Backref.class);
        Dynamic dynamic = m.getAnnotation(Dynamic.class);
        int marks = (property != null ? 1 : 0) + (relation != null ? 1 : 0) + (backref != null ? 1 : 0) + (dynamic != null ? 1 : 0);
        String where = type.getName() + "." + m.getName() + "()";
        if (marks > 1) {
            throw new InvalidHybridException(where + " carries more than one of @Property, @Relation, @Backref, @Dynamic: keep one");
        }
        boolean isAbstract = Modifier.isAbstract(m.getModifiers());
        if (dynamic != null) {
            dynamics.add(readDynamic(where, m, dynamic, isAbstract, names));
            return;
        }
        if (marks == 0) {
            if (isAbstract && isSetterShape(m)) {
                setters.put(m.getName(), m);
            } else if (isAbstract) {
                throw new InvalidHybridException(where + " is abstract but neither an annotated getter (@Property, @Relation,"
                        + " @Backref) nor the setter of one: annotate it or give it a body");
            }
            return;
        }
        if (!isAbstract) {
            throw new InvalidHybridException(where + " is annotated but not abstract: hybrid-dal implements annotated getters, declare it abstract");
        }
        String name = propertyName(m, property != null);
        if (name == null) {
            throw new InvalidHybridException(where + " is not a getter: annotated methods are named getX() (or isX() for a primitive boolean"
                    + " property), take no parameters and return a value");
        }
        claimName(where, name, names);
        if (backref != null) {
            backrefs.add(new BackrefDecl(backref.value(), m, backref));
        } else if (relation != null) {
            if (!DataObject.class.isAssignableFrom(m.getReturnType())) {
                throw new InvalidHybridException(where + " is a @Relation but returns " + m.getReturnType().getName()
                        + ": a relation returns a hybrid class");
            }
            fields.add(new FieldDecl(name, m, null, null, relation, null));
        } else {
            fields.add(new FieldDecl(name, m, null, property, null, readPropertyType(where, m, property)));
        }
    }

    private static ValueType readPropertyType(String where, Method m, Property property) {
        String[] problem = new String[1];
        ValueType valueType = ValueType.of(m.getGenericReturnType(), problem);
        if (valueType == null) {
            throw new InvalidHybridException(where + ": property " + problem[0]);
        }
        if ((property.unique() || property.indexed()) && !valueType.kind().isScalar()) {
            throw new InvalidHybridException(where + ": unique and indexed apply to scalars (string, number, boolean, enum),"
                    + " not to " + m.getGenericReturnType().getTypeName());
        }
        return valueType;
    }

    private static DynamicDecl readDynamic(String where, Method m, Dynamic dynamic, boolean isAbstract, Set<String> names) {
        if (isAbstract) {
            throw new InvalidHybridException(where + " is an abstract @Dynamic: a dynamic computes its value, give it a body");
        }
        if (m.getReturnType() == void.class) {
            throw new InvalidHybridException(where + " is a void @Dynamic: a dynamic returns the value it computes");
        }
        if (m.getParameterCount() != 0) {
            throw new InvalidHybridException(where + " is a @Dynamic with parameters: dynamics take none");
        }
        if (dynamic.ttl() < 0) {
            throw new InvalidHybridException(where + " has a negative ttl (" + dynamic.ttl() + "): use seconds >= 0");
        }
        if (Modifier.isFinal(m.getModifiers()) || Modifier.isPrivate(m.getModifiers())) {
            throw new InvalidHybridException(where + " is a final or private @Dynamic: hybrid-dal must override it to cache it");
        }
        String[] problem = new String[1];
        ValueType valueType = ValueType.of(m.getGenericReturnType(), problem);
        if (valueType == null) {
            throw new InvalidHybridException(where + ": dynamic " + problem[0]);
        }
        String name = propertyName(m, false);
        name = name != null ? name : m.getName();
        claimName(where, name, names);
        return new DynamicDecl(name, m, dynamic, valueType);
    }

    private static void claimName(String where, String name, Set<String> names) {
        if (RESERVED.contains(name)) {
            throw new InvalidHybridException(where + " declares the reserved name '" + name + "': choose another name");
        }
        if (!names.add(name)) {
            throw new InvalidHybridException(where + " declares '" + name + "' a second time in the hybrid or its base hybrids");
        }
    }

    private static List<FieldDecl> pairSetters(Class<?> type, List<FieldDecl> fields, List<BackrefDecl> backrefs, Map<String, Method> setters) {
        List<FieldDecl> result = new ArrayList<>();
        for (FieldDecl f : fields) {
            Method setter = setters.remove("set" + capitalize(f.name()));
            if (setter != null && !setter.getGenericParameterTypes()[0].equals(f.getter().getGenericReturnType())) {
                throw new InvalidHybridException(type.getName() + "." + setter.getName() + "(" + setter.getGenericParameterTypes()[0].getTypeName()
                        + ") does not match its getter's type " + f.getter().getGenericReturnType().getTypeName());
            }
            result.add(new FieldDecl(f.name(), f.getter(), setter, f.property(), f.relation(), f.valueType()));
        }
        for (BackrefDecl b : backrefs) {
            String setterName = "set" + capitalize(propertyName(b.getter(), false));
            if (setters.containsKey(setterName)) {
                throw new InvalidHybridException(type.getName() + "." + setterName + "(...) sets a @Backref: backrefs are read-only,"
                        + " change the relation on the other side instead");
            }
        }
        if (!setters.isEmpty()) {
            Method orphan = setters.values().iterator().next();
            throw new InvalidHybridException(type.getName() + "." + orphan.getName() + "(...) is an abstract setter without an"
                    + " annotated getter: declare the matching @Property or @Relation getter, or give the setter a body");
        }
        return result;
    }

    private static void requireNoOtherAbstractMethods(Class<?> type, List<FieldDecl> fields, List<BackrefDecl> backrefs) {
        Set<String> implemented = new HashSet<>();
        fields.forEach(f -> {
            implemented.add(f.getter().getName());
            if (f.setter() != null) {
                implemented.add(f.setter().getName());
            }
        });
        backrefs.forEach(b -> implemented.add(b.getter().getName()));
        for (Method m : type.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !implemented.contains(m.getName())) {
                throw new InvalidHybridException(type.getName() + "." + m.getName() + "() is abstract (from "
                        + m.getDeclaringClass().getName() + ") and not a hybrid member: implement it in the hybrid");
            }
        }
    }

    private static boolean isSetterShape(Method m) {
        return m.getName().startsWith("set") && m.getName().length() > 3 && m.getParameterCount() == 1
                && m.getReturnType() == void.class;
    }

    /** The JavaBean name of a getter ({@code getVolumeId} → {@code volumeId}), or null if it is not one. */
    static String propertyName(Method m, boolean allowIs) {
        if (m.getParameterCount() != 0 || m.getReturnType() == void.class) {
            return null;
        }
        String n = m.getName();
        String rest;
        if (n.startsWith("get") && n.length() > 3) {
            rest = n.substring(3);
        } else if (allowIs && n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
            rest = n.substring(2);
        } else {
            return null;
        }
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(0)) && Character.isUpperCase(rest.charAt(1))) {
            return rest;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
