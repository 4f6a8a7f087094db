package io.hybriddal.store.memcached;

import java.util.Objects;

/**
 * memcached's rules for keys and expiry times, checked on the caller's thread so that a bad
 * argument is an {@link IllegalArgumentException} naming it, never a server error or a silent
 * miss. Stateless.
 */
final class MemcachedKeys {

    /** memcached's key length limit (KEY_MAX_LENGTH), in bytes. */
    static final int MAX_KEY_BYTES = 250;

    /**
     * memcached reads an expiry above 30 days as an absolute unix time, not a duration
     * (REALTIME_MAXDELTA).
     */
    static final int MAX_RELATIVE_TTL = 60 * 60 * 24 * 30;

    private MemcachedKeys() {
    }

    /**
     * Checks {@code key}: 1 to 250 characters of printable ASCII without spaces (the volatile-store
     * contract, and what the text protocol can carry).
     *
     * @throws NullPointerException     when {@code key} is null
     * @throws IllegalArgumentException naming the key when it breaks a rule
     */
    static String check(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("memcached key must not be empty");
        }
        if (key.length() > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("memcached key [" + key + "] has " + key.length()
                    + " characters; at most " + MAX_KEY_BYTES + " are allowed");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new IllegalArgumentException("memcached key [" + key + "] has a space, control or non-ASCII"
                        + " character (code " + (int) c + ") at index " + i);
            }
        }
        return key;
    }

    /**
     * The memcached expiry for a TTL in seconds: 0 stays 0 (no expiry), up to 30 days is sent as
     * is, longer TTLs become an absolute unix time (this relies on client and server clocks
     * agreeing, as memcached itself does), clamped to the largest time memcached can hold.
     *
     * @throws IllegalArgumentException when {@code ttlSeconds} is negative
     */
    static int expiry(int ttlSeconds, long nowEpochSeconds) {
        if (ttlSeconds < 0) {
            throw new IllegalArgumentException("ttl must not be negative: " + ttlSeconds);
        }
        if (ttlSeconds <= MAX_RELATIVE_TTL) {
            return ttlSeconds;
        }
        return (int) Math.min(Integer.MAX_VALUE, nowEpochSeconds + ttlSeconds);
    }
}
