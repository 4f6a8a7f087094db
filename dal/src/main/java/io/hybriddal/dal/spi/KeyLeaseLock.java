package io.hybriddal.dal.spi;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@link StoreLock} kept as one key of the store itself, for stores without leases of their
 * own: the key holds the holder's id and the instant its lease ends, taken and renewed by
 * conditional commits. A lease that ended (by {@code clock}) is free to take, so a crashed
 * holder's lock expires; clocks of the processes sharing a store must roughly agree.
 */
public final class KeyLeaseLock implements StoreLock {

    private final PersistentStore store;
    private final String key;
    private final Duration lease;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();
    private long revision;
    private boolean closed;

    private KeyLeaseLock(PersistentStore store, String key, Duration lease, Clock clock) {
        this.store = store;
        this.key = key;
        this.lease = lease;
        this.clock = clock;
    }

    /**
     * Takes the lock on {@code key} when it is free or its lease ended.
     *
     * @return the lock, or null when another holder's lease is running
     */
    public static StoreLock tryLock(PersistentStore store, String key, Duration lease, Clock clock) {
        Objects.requireNonNull(key, "key");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lock lease must be positive: " + lease);
        }
        KeyLeaseLock lock = new KeyLeaseLock(store, key, lease, clock);
        KeyValue current = store.get(key);
        if (current != null && expiry(current) > clock.millis()) {
            return null;
        }
        return lock.write(current == null ? 0 : current.modRevision()) ? lock : null;
    }

    private static long expiry(KeyValue kv) {
        String text = new String(kv.value(), StandardCharsets.UTF_8);
        try {
            return Long.parseLong(text.substring(text.indexOf(' ') + 1));
        } catch (RuntimeException e) {
            return 0; // not a lease this class wrote: treat as ended
        }
    }

    private boolean write(long expected) {
        byte[] value = (holder + " " + (clock.millis() + lease.toMillis())).getBytes(StandardCharsets.UTF_8);
        var result = store.commit(Commit.builder().requireRevision(key, expected).put(key, value).build());
        if (result.succeeded()) {
            revision = result.revision();
        }
        return result.succeeded();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public synchronized boolean renew() {
        return !closed && write(revision);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            store.commit(Commit.builder().requireRevision(key, revision).delete(key).build());
        }
    }
}
