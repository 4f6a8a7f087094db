package io.hybriddal.store.memcached;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.VolatileStore;
import io.hybriddal.store.memcached.FailureLog.Kind;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import net.rubyeye.xmemcached.MemcachedClient;
import net.rubyeye.xmemcached.MemcachedSessionLocator;
import net.rubyeye.xmemcached.impl.KetamaMemcachedSessionLocator;

/**
 * A {@link VolatileStore} on one or more memcached servers through Xmemcached, keys spread by
 * ketama consistent hashing, values stored byte for byte.
 *
 * <p>memcached is only a cache here, so server trouble never reaches callers of {@code get},
 * {@code getAll}, {@code set} and {@code delete}: a server that is down, slower than the
 * operation timeout (50 ms by default) or answering garbage gives a miss or a dropped write.
 * {@code add} and {@code incr}, whose answers matter, throw {@link StoreException} instead. Each
 * such failure is counted ({@link #counters()}); an outage is logged once at WARN when it starts
 * and once at INFO when calls succeed again (after {@value #QUIET_SECONDS} s without a failure).
 * Lost servers are reconnected in the background (every second by default); their keys are
 * misses meanwhile.
 *
 * <p>Arguments are checked before anything is sent: {@code null} keys or values give
 * {@link NullPointerException}; keys that are empty, longer than 250 characters or hold spaces,
 * control or non-ASCII characters, and negative TTLs, give {@link IllegalArgumentException}.
 * Values larger than the item limit ({@code maxItemBytes} minus memcached's per-item overhead)
 * are not sent: {@code set} drops them and {@code add} returns false, with a WARN. TTLs over 30
 * days, which memcached would read as a unix time, are converted to one.
 *
 * <p>Counters ({@link #incr}) follow memcached: they are unsigned, so {@code initial} must not be
 * negative and a negative {@code delta} stops at 0 instead of going below; after a decrement
 * that shortens the number, memcached may pad the stored digits with trailing spaces, which
 * {@code get} returns as they are (read counters through {@code incr(key, 0, ...)}).
 *
 * <p>Thread-safe. After {@link #close()} every operation throws {@link IllegalStateException}.
 */
public final class MemcachedVolatileStore implements VolatileStore {

    /**
     * Room memcached needs in an item besides the value: the item header (about 56 bytes with
     * CAS), the key and its terminator, the flags/length suffix and the trailing CRLF. Generous so
     * that a value we accept is never refused by the server.
     */
    static final int ITEM_OVERHEAD_BYTES = 128;

    private static final long CLOSE_WAIT_MILLIS = 1000;
    /** How long calls must succeed without a failure before an outage is reported over. */
    static final int QUIET_SECONDS = 5;

    private final MemcachedOptions options;
    private final MemcachedClient client;
    private final RawBytesTranscoder transcoder = new RawBytesTranscoder();
    /** The client's ketama ring, kept to split multi-gets by server when one server fails. */
    private final MemcachedSessionLocator locator = new KetamaMemcachedSessionLocator();
    private final FailureLog failures;
    private final long opTimeoutMillis;
    private volatile boolean closed;

    /**
     * Connects to the servers of {@code options}. Servers that are down now are not an error:
     * their keys are misses until the client reaches them. With a user given, each server reachable
     * now is asked once, so that wrong credentials fail here rather than turn every call into a miss.
     *
     * @throws StoreException when the client cannot be created at all, or a server refuses the SASL credentials
     */
    public MemcachedVolatileStore(MemcachedOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.opTimeoutMillis = options.opTimeout().toMillis();
        this.failures = new FailureLog(options.servers().toString(), TimeUnit.SECONDS.toNanos(QUIET_SECONDS), System::nanoTime);
        SaslCheck.require(options);
        this.client = MemcachedClients.create(options, transcoder, locator);
    }

    /** The options this store was opened with. */
    public MemcachedOptions options() {
        return options;
    }

    /** What this store absorbed so far: failed reads, dropped writes, failed updates, oversize values. */
    public MemcachedStoreCounters counters() {
        return failures.snapshot();
    }

    @Override
    public byte[] get(String key) {
        MemcachedKeys.check(key);
        ensureOpen();
        try {
            byte[] value = (byte[]) client.get(key, opTimeoutMillis, transcoder);
            failures.answered();
            return value;
        } catch (Exception e) {
            absorb(e, Kind.READ, "get", key);
            return null;
        }
    }

    @Override
    public Map<String, byte[]> getAll(Collection<String> keys) {
        LinkedHashSet<String> wanted = new LinkedHashSet<>(keys.size());
        for (String key : keys) {
            wanted.add(MemcachedKeys.check(key));
        }
        ensureOpen();
        Map<String, byte[]> found = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        Map<String, Object> answers;
        try {
            answers = client.get(wanted, opTimeoutMillis, transcoder);
            failures.answered();
        } catch (Exception e) {
            // One failed server fails Xmemcached's whole multi-get: ask each server on its own,
            // so that the keys of the healthy ones are still found.
            absorb(e, Kind.READ, "getAll", wanted.iterator().next());
            answers = getPerServer(wanted);
        }
        for (String key : wanted) {
            Object value = answers == null ? null : answers.get(key);
            if (value != null) {
                found.put(key, (byte[]) value);
            }
        }
        return found;
    }

    private Map<String, Object> getPerServer(Collection<String> keys) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (List<String> group : MemcachedClients.groupByServer(locator, keys)) {
            try {
                Map<String, Object> part = client.get(group, opTimeoutMillis, transcoder);
                if (part != null) {
                    answers.putAll(part);
                }
            } catch (Exception e) {
                absorb(e, Kind.READ, "getAll", group.get(0));
            }
        }
        return answers;
    }

    @Override
    public void set(String key, byte[] value, int ttlSeconds) {
        MemcachedKeys.check(key);
        Objects.requireNonNull(value, "value");
        int exp = expiry(ttlSeconds);
        ensureOpen();
        if (oversize(key, value, "set")) {
            return;
        }
        try {
            client.set(key, exp, value, transcoder, opTimeoutMillis);
            failures.answered();
        } catch (Exception e) {
            absorb(e, Kind.WRITE, "set", key);
        }
    }

    @Override
    public boolean add(String key, byte[] value, int ttlSeconds) {
        MemcachedKeys.check(key);
        Objects.requireNonNull(value, "value");
        int exp = expiry(ttlSeconds);
        ensureOpen();
        if (oversize(key, value, "add")) {
            return false;
        }
        try {
            boolean added = client.add(key, exp, value, transcoder, opTimeoutMillis);
            failures.answered();
            return added;
        } catch (Exception e) {
            absorb(e, Kind.UPDATE, "add", key);
            throw new StoreException("memcached add of key [" + key + "] failed, outcome unknown: "
                    + FailureLog.describe(e), e);
        }
    }

    @Override
    public boolean delete(String key) {
        MemcachedKeys.check(key);
        ensureOpen();
        try {
            boolean deleted = client.delete(key, opTimeoutMillis);
            failures.answered();
            return deleted;
        } catch (Exception e) {
            absorb(e, Kind.WRITE, "delete", key);
            return false;
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Atomic: a missing counter is created with {@code initial} by memcached's {@code add}
     * (text protocol) or by the binary protocol's create-on-miss, so concurrent first calls
     * create it once. Creation returns {@code initial} without adding {@code delta}.
     *
     * @throws IllegalArgumentException when {@code initial} is negative or {@code delta} is
     *                                  {@link Long#MIN_VALUE} (memcached counters are unsigned)
     * @throws StoreException           when the outcome is unknown (server down, slow, or the
     *                                  stored value is not a number)
     */
    @Override
    public long incr(String key, long delta, long initial, int ttlSeconds) {
        MemcachedKeys.check(key);
        if (initial < 0 || delta == Long.MIN_VALUE) {
            throw new IllegalArgumentException("memcached counters are unsigned: initial " + initial
                    + " and delta " + delta + " of key [" + key + "] are out of range");
        }
        int exp = expiry(ttlSeconds);
        ensureOpen();
        try {
            long value = delta >= 0
                    ? client.incr(key, delta, initial, opTimeoutMillis, exp)
                    : client.decr(key, -delta, initial, opTimeoutMillis, exp);
            failures.answered();
            return value;
        } catch (Exception e) {
            absorb(e, Kind.UPDATE, "incr", key);
            throw new StoreException("memcached incr of key [" + key + "] failed, outcome unknown: "
                    + FailureLog.describe(e), e);
        }
    }

    /**
     * Shuts the client down (its connections and threads); idempotent. Returns within about a
     * second even when a server hangs (see {@link MemcachedClients#shutdown}).
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            MemcachedClients.shutdown(client, options.servers(), CLOSE_WAIT_MILLIS);
        }
    }

    @Override
    public String toString() {
        return "MemcachedVolatileStore" + options.servers() + (closed ? "[closed]" : "");
    }

    private int expiry(int ttlSeconds) {
        return MemcachedKeys.expiry(ttlSeconds, System.currentTimeMillis() / 1000);
    }

    private boolean oversize(String key, byte[] value, String operation) {
        long limit = (long) options.maxItemBytes() - ITEM_OVERHEAD_BYTES - key.length();
        if (value.length <= limit) {
            return false;
        }
        failures.record(Kind.OVERSIZE, operation, key, new IllegalArgumentException(
                value.length + " bytes, limit " + limit + " (maxItemBytes " + options.maxItemBytes() + ")"));
        return true;
    }

    /** Counts a failure (logged when it starts an outage); keeps the interrupt flag of an interrupted call. */
    private void absorb(Exception e, Kind kind, String operation, String key) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        if (closed) {
            throw new IllegalStateException("memcached store closed during " + operation + " of key [" + key + "]", e);
        }
        failures.record(kind, operation, key, e);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("memcached store " + options.servers() + " is closed");
        }
    }
}
