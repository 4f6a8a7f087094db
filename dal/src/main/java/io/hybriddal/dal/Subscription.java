package io.hybriddal.dal;

/** A live change-feed subscription; {@link #close()} stops deliveries. Idempotent. */
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
