package io.hybriddal.spring;

import io.hybriddal.dal.Dal;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Actuator health indicator {@code hybridDal} of the context's {@link Dal}, when the application
 * has Actuator; {@code management.health.hybriddal.enabled=false} turns it off.
 */
@AutoConfiguration(after = HybridDalAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator")
@ConditionalOnBean(Dal.class)
public class HybridDalHealthAutoConfiguration {

    /** Nested, so that its Actuator condition is read only once Actuator is known to be there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("hybriddal")
    static class Indicator {

        /** Named so that Actuator calls the component {@code hybridDal}. */
        @Bean
        @ConditionalOnMissingBean(name = "hybridDalHealthIndicator")
        HybridDalHealthIndicator hybridDalHealthIndicator(Dal dal) {
            return new HybridDalHealthIndicator(dal);
        }
    }
}
