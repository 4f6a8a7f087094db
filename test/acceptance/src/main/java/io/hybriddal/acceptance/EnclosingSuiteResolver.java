package io.hybriddal.acceptance;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a contract's {@code @BeforeEach} the {@link AcceptanceSuite} it is nested in, so that
 * the contract opens its stores with that suite's factories. The nested contract classes stay
 * empty: JUnit already knows the enclosing instance of a {@code @Nested} test
 * (JUnit's {@code TestInstances}), this only passes it on.
 */
final class EnclosingSuiteResolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AcceptanceSuite.class;
    }

    @Override
    public AcceptanceSuite resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRequiredTestInstances().findInstance(AcceptanceSuite.class)
                .orElseThrow(() -> new ParameterResolutionException(context.getRequiredTestClass().getName()
                        + " runs only nested in an AcceptanceSuite subclass"));
    }
}
