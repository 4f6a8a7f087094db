package io.hybriddal.dal;

/**
 * One member of a {@link PlanStep}: its stored value and its desired value. A relation's values
 * are the target guids. Either may be null (a CREATE has no before, a DELETE no after).
 *
 * @param before the stored value, or null
 * @param after  the value the step writes, or null
 */
public record Change(Object before, Object after) {
}
