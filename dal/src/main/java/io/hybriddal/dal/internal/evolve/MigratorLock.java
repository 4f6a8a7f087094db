package io.hybriddal.dal.internal.evolve;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreLock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The one migrator of a store namespace: {@code m/lock} taken with a lease through the store
 * ({@link PersistentStore#tryLock}), renewed between pages, and released at the end. A migrator
 * that finds it held waits up to twice the lease (a crashed holder's lease runs out by then).
 */
final class MigratorLock implements AutoCloseable {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final StoreLock lock;
    private final String where;

    private MigratorLock(StoreLock lock, String where) {
        this.lock = lock;
        this.where = where;
    }

    /** @throws StoreException when another migrator keeps the lock longer than twice the lease */
    static MigratorLock take(PersistentStore store, Duration lease) {
        String where = "namespace '" + store.namespace() + "'";
        long deadline = System.nanoTime() + lease.multipliedBy(2).toNanos();
        while (true) {
            StoreLock lock = store.tryLock(ModelRecord.LOCK_KEY, lease);
            if (lock != null) {
                return new MigratorLock(lock, where);
            }
            if (System.nanoTime() > deadline) {
                throw new StoreException("another migrator holds the lock " + ModelRecord.LOCK_KEY + " of " + where
                        + " (waited " + lease.multipliedBy(2).toSeconds() + " s); nothing was migrated");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** @throws StoreException when the lease ran out: another migrator may be at work now */
    void renew() {
        if (!lock.renew()) {
            throw new StoreException("lost the migrator lock " + ModelRecord.LOCK_KEY + " of " + where
                    + " (its lease ran out); stopped, what completed stays recorded: run migrate again");
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}
