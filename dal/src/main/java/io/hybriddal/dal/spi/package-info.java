/**
 * The store SPI: persistent and volatile stores, their URIs and providers found through {@link
 * java.util.ServiceLoader}.
 */
package io.hybriddal.dal.spi;
