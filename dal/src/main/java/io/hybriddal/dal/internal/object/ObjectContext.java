package io.hybriddal.dal.internal.object;

import io.hybriddal.dal.ConflictPolicy;

/**
 * What an instance asks of its Dal, by role: loading what it links to, its dynamics, and its
 * writes. Each role is implemented by the part that owns it (the object loader, the dynamic
 * cache, the object writes), so an instance depends on three narrow interfaces, not on the engine.
 *
 * @param conflictPolicy the Dal's policy (an instance may override it)
 */
public record ObjectContext(InstanceReads reads, InstanceDynamics dynamics, InstanceWrites writes, ConflictPolicy conflictPolicy) {
}
