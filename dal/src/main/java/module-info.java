/**
 * hybrid-dal: a data-abstraction layer over a key-value store with hybrid caching.
 *
 * <p>Exports the public API ({@code io.hybriddal.dal}), the store SPI ({@code ...spi}, {@code ...spi.support})
 * and the in-memory reference stores ({@code ...memory}); the engine ({@code ...internal}) is not
 * exported. A module declaring hybrids must open their package to {@code io.hybriddal.dal}: the
 * engine defines each hybrid's implementation in the hybrid's own package.
 */
module io.hybriddal.dal {
    requires transitive jakarta.validation;
    requires transitive micrometer.core;
    requires transitive micrometer.observation;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.github.benmanes.caffeine;
    requires net.bytebuddy;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports io.hybriddal.dal;
    exports io.hybriddal.dal.spi;
    exports io.hybriddal.dal.spi.support;
    exports io.hybriddal.dal.memory;
    // The declaration rules, shared with the annotation processor so that both check alike.
    exports io.hybriddal.dal.internal.rules to io.hybriddal.codegen;

    uses io.hybriddal.dal.spi.PersistentStoreProvider;
    uses io.hybriddal.dal.spi.VolatileStoreProvider;

    provides io.hybriddal.dal.spi.PersistentStoreProvider with io.hybriddal.dal.memory.MemoryPersistentStoreProvider;
    provides io.hybriddal.dal.spi.VolatileStoreProvider with io.hybriddal.dal.memory.MemoryVolatileStoreProvider;
}
