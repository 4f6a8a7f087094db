package io.hybriddal.dal.internal.object;

/**
 * Whether the Dal is still open: every entry point (the Dal's methods, instances' writes, query
 * runs) asks {@link #requireOpen()} first, one volatile read. Thread-safe.
 */
public final class Liveness {

    private volatile boolean closed;

    /** @throws IllegalStateException once {@link #close()} was called */
    public void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this Dal is closed");
        }
    }

    /** Marks the Dal closed; returns false if it already was. */
    public boolean close() {
        if (closed) {
            return false;
        }
        closed = true;
        return true;
    }
}
