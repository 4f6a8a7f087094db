package io.hybriddal.dal.internal.model;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;

/**
 * The methods a class declares, in source order. Reflection does not promise declaration order,
 * so the class file (which javac writes in source order) is read through Byte Buddy's type pool;
 * when it cannot be read, reflection order is the fallback.
 */
final class DeclarationOrder {

    private DeclarationOrder() {
    }

    /** The non-synthetic, non-bridge, non-static methods {@code type} declares, in source order. */
    static List<Method> declaredMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (!m.isSynthetic() && !m.isBridge() && !Modifier.isStatic(m.getModifiers())) {
                methods.add(m);
            }
        }
        Map<String, Integer> order = classFileOrder(type);
        if (!order.isEmpty()) {
            methods.sort(Comparator.comparingInt(m -> order.getOrDefault(signature(m), Integer.MAX_VALUE)));
        }
        return methods;
    }

    private static Map<String, Integer> classFileOrder(Class<?> type) {
        Map<String, Integer> order = new HashMap<>();
        ClassLoader loader = type.getClassLoader();
        if (loader == null) {
            return order;
        }
        try (ClassFileLocator locator = ClassFileLocator.ForClassLoader.of(loader)) {
            TypePool pool = TypePool.Default.of(locator);
            TypePool.Resolution resolution = pool.describe(type.getName());
            if (!resolution.isResolved()) {
                return order;
            }
            int i = 0;
            for (MethodDescription.InDefinedShape m : resolution.resolve().getDeclaredMethods()) {
                order.putIfAbsent(m.getInternalName() + m.getDescriptor(), i++);
            }
        } catch (Exception e) {
            // fall back to reflection order: declaration order is a nicety, not a correctness matter
            order.clear();
        }
        return order;
    }

    private static String signature(Method m) {
        StringBuilder s = new StringBuilder(m.getName()).append('(');
        Arrays.stream(m.getParameterTypes()).forEach(p -> s.append(descriptor(p)));
        return s.append(')').append(descriptor(m.getReturnType())).toString();
    }

    private static String descriptor(Class<?> c) {
        if (c.isArray()) {
            return c.getName().replace('.', '/');
        }
        if (c.isPrimitive()) {
            if (c == void.class) {
                return "V";
            }
            if (c == boolean.class) {
                return "Z";
            }
            if (c == long.class) {
                return "J";
            }
            return String.valueOf(Character.toUpperCase(c.getName().charAt(0)));
        }
        return "L" + c.getName().replace('.', '/') + ";";
    }
}
