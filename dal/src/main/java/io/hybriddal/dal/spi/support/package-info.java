/**
 * Building blocks for store implementations and wrappers: forwarding and recording stores, forwarding
 * watch listeners, local watches.
 */
package io.hybriddal.dal.spi.support;
