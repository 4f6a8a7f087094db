/**
 * Spring Boot auto-configuration of hybrid-dal: a {@link io.hybriddal.dal.Dal} bean from the
 * {@code hybriddal.*} properties ({@link io.hybriddal.spring.HybridDalProperties}), with the hybrids
 * of the generated index, the context's Micrometer registries, {@link io.hybriddal.spring.DalBuilderCustomizer}
 * beans for the rest, and the Actuator health indicator {@code hybridDal}. Uses only hybrid-dal's
 * public API.
 */
package io.hybriddal.spring;
