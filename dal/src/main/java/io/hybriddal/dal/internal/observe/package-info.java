/**
 * Observability of the engine: the observations (traces) it starts and the metered wrappers of
 * its stores. Depends on no other engine package. Not for users.
 */
package io.hybriddal.dal.internal.observe;
