/**
 * Desired state: a design matched against the store ({@link io.hybriddal.dal.internal.plan.Planner}),
 * ordered steps, and their apply with reconcilers, guards and, beyond one commit, a durable plan log
 * under {@code p/}. Not for users.
 */
package io.hybriddal.dal.internal.plan;
