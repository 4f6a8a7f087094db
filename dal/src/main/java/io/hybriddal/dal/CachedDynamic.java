package io.hybriddal.dal;

import java.time.Instant;

/**
 * A dynamic's value as the volatile store holds it.
 *
 * @param json       the value as JSON text
 * @param computedAt when it was computed (by the clock of the Dal that computed it)
 * @param expiresAt  from when it is computed again
 */
public record CachedDynamic(String json, Instant computedAt, Instant expiresAt) {

    /** Whether it would still be served at {@code now}. */
    public boolean freshAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
