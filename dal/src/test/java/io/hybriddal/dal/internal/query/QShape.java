package io.hybriddal.dal.internal.query;

/** A record property of the query test model. */
public record QShape(int heads, int sectors) {
}
