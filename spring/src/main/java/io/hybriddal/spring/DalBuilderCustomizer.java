package io.hybriddal.spring;

import io.hybriddal.dal.DalBuilder;

/**
 * Adjusts the {@link DalBuilder} of the auto-configured {@link io.hybriddal.dal.Dal} after the
 * {@code hybriddal.*} properties were applied: register hybrids by hand, hand the hybrids their
 * services ({@link DalBuilder#service}), add reconcilers. Customizer beans run in their
 * {@link org.springframework.core.Ordered} / {@code @Order} order, once, while the Dal bean is created.
 */
@FunctionalInterface
public interface DalBuilderCustomizer {

    /** Changes {@code builder}; must not call {@link DalBuilder#build()}. */
    void customize(DalBuilder builder);
}
