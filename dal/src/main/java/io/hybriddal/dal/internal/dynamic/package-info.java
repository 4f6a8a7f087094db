/**
 * Dynamics: computed values cached in the volatile store, single-flight locks, their meters. Not
 * for users.
 */
package io.hybriddal.dal.internal.dynamic;
