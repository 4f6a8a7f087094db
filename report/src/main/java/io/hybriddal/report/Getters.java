package io.hybriddal.report;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Finds a property's getter on a hybrid class by its JavaBean name. The public model
 * ({@link io.hybriddal.dal.PropertyInfo}) names properties but does not hand out their methods;
 * the report needs the method only for the constraint annotations on it, when no model.json
 * describes them.
 */
final class Getters {

    private Getters() {
    }

    /** {@code getName()} or {@code isName()} of {@code type} (declared or inherited), or null when there is none. */
    static Method find(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (String name : new String[] {"get" + suffix, "is" + suffix}) {
                try {
                    Method m = c.getDeclaredMethod(name);
                    if (!Modifier.isStatic(m.getModifiers())) {
                        return m;
                    }
                } catch (NoSuchMethodException e) {
                    // not declared here: look at the superclass
                }
            }
        }
        return null;
    }
}
