package io.hybriddal.integration;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Disables the test methods a runner lists in its {@link NotOnThisStore} annotations. */
final class NotOnThisStoreCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        Optional<Class<?>> runner = context.getTestClass();
        if (method.isEmpty() || runner.isEmpty()) {
            return ConditionEvaluationResult.enabled("not a test method");
        }
        for (NotOnThisStore skip : AnnotationSupport.findRepeatableAnnotations(runner.get(), NotOnThisStore.class)) {
            if (skip.test().equals(method.get().getName())) {
                return ConditionEvaluationResult.disabled(runner.get().getSimpleName() + ": " + skip.reason());
            }
        }
        return ConditionEvaluationResult.enabled("runs on this store");
    }
}
