package io.hybriddal.dal.internal.query;

/** A compiled comparison of one value (possibly null) with the filter's converted operand. */
@FunctionalInterface
interface ValueTest {
    boolean test(Object value);
}
