package io.hybriddal.integration;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Disables the contract tests a runner lists in its {@link NotOnThisStore} annotations. The tests
 * run nested in the runner, so the annotations are looked up on the runner instance that encloses
 * the test, not on the test's class (a contract class shared by every runner). A runner whose
 * annotation names no test fails as a whole, so a renamed test cannot silently run again.
 */
final class NotOnThisStoreCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        if (method.isEmpty()) {
            context.getTestClass().ifPresent(NotOnThisStoreCondition::checkNamedTestsExist);
            return ConditionEvaluationResult.enabled("not a test method");
        }
        for (Object runner : context.getRequiredTestInstances().getAllInstances()) {
            for (NotOnThisStore skip : skipsOf(runner.getClass())) {
                if (skip.contract() == method.get().getDeclaringClass() && skip.test().equals(method.get().getName())) {
                    return ConditionEvaluationResult.disabled(runner.getClass().getSimpleName() + ": " + skip.reason());
                }
            }
        }
        return ConditionEvaluationResult.enabled("runs on this store");
    }

    private static void checkNamedTestsExist(Class<?> runner) {
        for (NotOnThisStore skip : skipsOf(runner)) {
            Optional<Method> test = ReflectionSupport.findMethod(skip.contract(), skip.test());
            if (test.isEmpty() || !test.get().isAnnotationPresent(Test.class)) {
                throw new IllegalStateException(runner.getSimpleName() + " disables " + skip.contract().getSimpleName()
                        + "." + skip.test() + ", which is not a test");
            }
        }
    }

    private static List<NotOnThisStore> skipsOf(Class<?> runner) {
        return AnnotationSupport.findRepeatableAnnotations(runner, NotOnThisStore.class);
    }
}
