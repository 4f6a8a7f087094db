package io.hybriddal.integration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Disables one contract test in a store pair's acceptance suite, with the reason, like
 * {@code @Disabled} on an override would (the contracts' tests are package-private and nested in
 * the suite, so a runner here cannot override them). The test is reported as skipped with
 * {@link #reason()}; the runner fails if {@link #test()} names no test of {@link #contract()}. Use
 * it only for a test that assumes behaviour of the memory stores, never to hide an engine bug.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(NotOnThisStore.List.class)
@ExtendWith(NotOnThisStoreCondition.class)
public @interface NotOnThisStore {

    /** The contract class that declares the test. */
    Class<?> contract();

    /** The name of the contract's test method. */
    String test();

    /** Why the test cannot hold on this store. */
    String reason();

    /** Container of repeated {@link NotOnThisStore}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @ExtendWith(NotOnThisStoreCondition.class)
    @interface List {
        NotOnThisStore[] value();
    }
}
