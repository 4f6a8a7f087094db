package io.hybriddal.integration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Disables one inherited contract test in a runner, with the reason, like {@code @Disabled} on an
 * override would (the contracts' test methods are package-private, so a runner in this package
 * cannot override them). The test is reported as skipped with {@link #reason()}. Use it only for a
 * test that assumes behaviour of the memory stores, never to hide an engine bug.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(NotOnThisStore.List.class)
@ExtendWith(NotOnThisStoreCondition.class)
public @interface NotOnThisStore {

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
