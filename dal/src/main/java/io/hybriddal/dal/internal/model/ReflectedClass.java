package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.internal.rules.BeanNames;
import io.hybriddal.dal.internal.rules.ClassView;
import io.hybriddal.dal.internal.rules.MethodView;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A hybrid class read by reflection, as the shared declaration rules see it: its methods and
 * those of its superclasses below {@code DataObject}, in declaration order, plus static methods
 * carrying {@code @Dynamic} (which the engine would otherwise never look at).
 */
record ReflectedClass(Class<?> type) implements ClassView {

    @Override
    public String qualifiedName() {
        return type.getCanonicalName() != null ? type.getCanonicalName() : type.getName();
    }

    @Override
    public boolean isClass() {
        return !type.isInterface() && !type.isEnum() && !type.isRecord() && !type.isAnnotation();
    }

    @Override
    public boolean extendsDataObject() {
        return DataObject.class.isAssignableFrom(type) && type != DataObject.class;
    }

    @Override
    public boolean isFinal() {
        return Modifier.isFinal(type.getModifiers());
    }

    @Override
    public boolean isInner() {
        return type.isMemberClass() && !Modifier.isStatic(type.getModifiers());
    }

    @Override
    public String hybridName() {
        return ModelRegistry.declaredName(type);
    }

    @Override
    public List<MethodView> methods() {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != DataObject.class && c != Object.class; c = c.getSuperclass()) {
            chain.push(c);
        }
        List<MethodView> methods = new ArrayList<>();
        for (Class<?> c : chain) {
            DeclarationOrder.declaredMethods(c).forEach(m -> methods.add(new ReflectedMethod(m)));
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.isAnnotationPresent(Dynamic.class)) {
                    methods.add(new ReflectedMethod(m));
                }
            }
        }
        return methods;
    }

    /** {@link BeanNames}' name of a getter, for the engine (which has checked the rules already). */
    static String memberName(Method getter) {
        return BeanNames.getter(getter.getName(), getter.getReturnType() == boolean.class).orElse(getter.getName());
    }
}
