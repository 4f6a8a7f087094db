/**
 * The in-memory reference stores: the embedded default, and the reference every store's
 * conformance is measured against.
 */
package io.hybriddal.dal.memory;
