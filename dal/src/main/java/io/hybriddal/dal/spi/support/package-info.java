/**
 * Building blocks for store implementations and wrappers: forwarding and recording stores, local
 * watches.
 */
package io.hybriddal.dal.spi.support;
