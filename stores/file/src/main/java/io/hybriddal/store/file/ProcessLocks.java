package io.hybriddal.store.file;

import io.hybriddal.dal.spi.StoreLock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store locks of a file store: the store file is locked by the one process that opens it,
 * so a lock held in that process's memory excludes every other holder, and ends with the process
 * exactly as an operating-system file lock does (no lease to wait out after a crash).
 * Thread-safe.
 */
final class ProcessLocks {

    private final Set<String> held = ConcurrentHashMap.newKeySet();

    /** The lock on {@code key}, or null when held already. */
    StoreLock tryLock(String key) {
        if (!held.add(key)) {
            return null;
        }
        return new StoreLock() {
            private volatile boolean closed;

            @Override
            public String key() {
                return key;
            }

            @Override
            public boolean renew() {
                return !closed;
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    held.remove(key);
                }
            }
        };
    }
}
