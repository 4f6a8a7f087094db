package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import io.hybriddal.dal.internal.rules.MethodView;
import io.hybriddal.dal.internal.rules.TypeView;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A reflected method of a hybrid as the shared declaration rules see it. */
record ReflectedMethod(Method method) implements MethodView {

    @Override
    public String name() {
        return method.getName();
    }

    @Override
    public List<TypeView> parameters() {
        return Arrays.stream(method.getGenericParameterTypes()).<TypeView>map(ReflectedType::new).toList();
    }

    @Override
    public TypeView returnType() {
        return new ReflectedType(method.getGenericReturnType());
    }

    @Override
    public boolean isAbstract() {
        return Modifier.isAbstract(method.getModifiers());
    }

    @Override
    public boolean isStatic() {
        return Modifier.isStatic(method.getModifiers());
    }

    @Override
    public boolean isSealed() {
        return Modifier.isFinal(method.getModifiers()) || Modifier.isPrivate(method.getModifiers());
    }

    /** Registration checks the whole chain: a base hybrid need not be registered on its own. */
    @Override
    public boolean inherited() {
        return false;
    }

    @Override
    public Set<Mark> marks() {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        if (method.isAnnotationPresent(Property.class)) {
            marks.add(Mark.PROPERTY);
        }
        if (method.isAnnotationPresent(Relation.class)) {
            marks.add(Mark.RELATION);
        }
        if (method.isAnnotationPresent(Backref.class)) {
            marks.add(Mark.BACKREF);
        }
        if (method.isAnnotationPresent(Dynamic.class)) {
            marks.add(Mark.DYNAMIC);
        }
        return marks;
    }

    @Override
    public boolean unique() {
        Property p = method.getAnnotation(Property.class);
        return p != null && p.unique();
    }

    @Override
    public boolean indexed() {
        Property p = method.getAnnotation(Property.class);
        return p != null && p.indexed();
    }

    @Override
    public Optional<String> defaultValue() {
        Property p = method.getAnnotation(Property.class);
        return p == null || Property.NO_DEFAULT.equals(p.defaultValue()) ? Optional.empty() : Optional.of(p.defaultValue());
    }

    @Override
    public String backrefName() {
        Relation r = method.getAnnotation(Relation.class);
        Backref b = method.getAnnotation(Backref.class);
        return r != null ? r.backref() : b != null ? b.value() : "";
    }

    @Override
    public int ttl() {
        Dynamic d = method.getAnnotation(Dynamic.class);
        return d == null ? 0 : d.ttl();
    }
}
