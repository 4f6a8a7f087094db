package io.hybriddal.dal.internal.write;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * A cheap look for Bean Validation annotations on a hybrid, before asking the validator (which
 * builds full metadata, and costs milliseconds per class at start-up).
 */
final class ConstraintScan {

    private ConstraintScan() {
    }

    /** False only when no method or class in the hierarchy carries a constraint (or {@code @Valid}). */
    static boolean mayBeConstrained(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (hasConstraint(c.getAnnotations())) {
                return true;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (hasConstraint(m.getAnnotations())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasConstraint(Annotation[] annotations) {
        for (Annotation a : annotations) {
            Class<? extends Annotation> kind = a.annotationType();
            if (kind == Valid.class || kind.isAnnotationPresent(Constraint.class) || isConstraintList(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Repeated constraints come wrapped in a container ({@code @Min.List}) whose value() holds them. */
    private static boolean isConstraintList(Class<? extends Annotation> kind) {
        try {
            Class<?> value = kind.getMethod("value").getReturnType();
            return value.isArray() && value.getComponentType().isAnnotationPresent(Constraint.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
