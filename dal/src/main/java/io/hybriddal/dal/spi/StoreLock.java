package io.hybriddal.dal.spi;

/**
 * A lock held in a {@link PersistentStore} on one key of its namespace, with a lease: one holder
 * at a time across every process sharing the store, and a holder that dies without releasing it
 * loses it when its lease runs out (or, on stores with process-bound locks, when its process
 * ends). Thread-safe.
 */
public interface StoreLock extends AutoCloseable {

    /** The key locked. */
    String key();

    /**
     * Extends the lease by its full length from now. Call it more often than the lease lasts (some
     * stores renew by themselves; then this only checks).
     *
     * @return false when the lock was lost (the lease ran out and someone may hold it now): the
     *         holder must stop what the lock protects
     */
    boolean renew();

    /** Releases the lock; idempotent. */
    @Override
    void close();
}
