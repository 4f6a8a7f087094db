package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.internal.rules.TypeView;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A reflected type as the shared declaration rules see it. It renders names the way javac's
 * side does ({@code Box.Mode}, {@code List<String>}), so both report the same text.
 */
record ReflectedType(Type type) implements TypeView {

    @Override
    public String rawName() {
        Class<?> raw = raw();
        return raw == null ? type.getTypeName() : raw.getCanonicalName() != null ? raw.getCanonicalName() : raw.getName();
    }

    @Override
    public boolean isEnum() {
        return raw() != null && raw().isEnum();
    }

    @Override
    public boolean isRecord() {
        return raw() != null && raw().isRecord();
    }

    @Override
    public String written() {
        return render(type, ReflectedType::nestedSimpleName);
    }

    @Override
    public String qualified() {
        return render(type, c -> c.getCanonicalName() != null ? c.getCanonicalName() : c.getName());
    }

    @Override
    public List<TypeView> arguments() {
        return type instanceof ParameterizedType p
                ? Arrays.stream(p.getActualTypeArguments()).<TypeView>map(ReflectedType::new).toList() : List.of();
    }

    @Override
    public List<TypeView> components() {
        return isRecord() ? Arrays.stream(raw().getRecordComponents())
                .map(RecordComponent::getGenericType).<TypeView>map(ReflectedType::new).toList() : List.of();
    }

    @Override
    public List<String> constants() {
        return isEnum() ? Arrays.stream(raw().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList() : List.of();
    }

    @Override
    public boolean isHybrid() {
        Class<?> raw = raw();
        return raw != null && DataObject.class.isAssignableFrom(raw) && raw != DataObject.class
                && raw.isAnnotationPresent(Hybrid.class);
    }

    private Class<?> raw() {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    private static String render(Type type, Function<Class<?>, String> naming) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? render(c.getComponentType(), naming) + "[]" : naming.apply(c);
        }
        if (type instanceof ParameterizedType p) {
            return render(p.getRawType(), naming) + Arrays.stream(p.getActualTypeArguments())
                    .map(a -> render(a, naming)).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof GenericArrayType a) {
            return render(a.getGenericComponentType(), naming) + "[]";
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + render(w.getLowerBounds()[0], naming);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + render(upper, naming);
        }
        return type.getTypeName();
    }

    /** {@code Outer.Inner} for a nested class, {@code Name} for a top-level one. */
    static String nestedSimpleName(Class<?> c) {
        Class<?> enclosing = c.getEnclosingClass();
        return enclosing == null || c.isAnonymousClass() || c.isLocalClass()
                ? c.getSimpleName() : nestedSimpleName(enclosing) + "." + c.getSimpleName();
    }
}
