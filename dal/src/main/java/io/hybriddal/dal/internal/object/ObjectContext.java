package io.hybriddal.dal.internal.object;

import io.hybriddal.dal.ConflictPolicy;
import java.util.Map;

/**
 * What an instance asks of its Dal, by role: loading what it links to, its dynamics, and its
 * writes. Each role is implemented by the part that owns it (the object loader, the dynamic
 * cache, the object writes), so an instance depends on three narrow interfaces, not on the engine.
 *
 * @param conflictPolicy the Dal's policy (an instance may override it)
 * @param services       the dependencies handed to the builder, by type
 */
public record ObjectContext(InstanceReads reads, InstanceDynamics dynamics, InstanceWrites writes, ConflictPolicy conflictPolicy,
                            Map<Class<?>, Object> services) {
}
