/**
 * Hybrid declarations that are deliberately wrong, each in exactly one way, for the registration
 * tests. {@link io.hybriddal.acceptance.model.bad.OrphanTarget} is valid but never registered.
 */
package io.hybriddal.acceptance.model.bad;
