package io.hybriddal.store.memcached;

import io.hybriddal.dal.spi.StoreUri;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of a {@link MemcachedVolatileStore}, usually read from a URI
 * {@code memcached://h:p[,h:p...]?opTimeoutMs=50&connectTimeoutMs=1000&user=U&password=P&maxItemBytes=1048576&poolSize=1&protocol=text}.
 * Immutable.
 *
 * @param servers        the memcached servers, at least one; keys are spread over them by ketama
 * @param opTimeout      how long one operation may wait for its answer before it counts as failed
 *                       (a miss, a dropped write, or a {@link io.hybriddal.dal.StoreException})
 * @param connectTimeout how long a connection attempt may take
 * @param healInterval   how often the client retries servers it lost
 * @param user           SASL PLAIN user, or {@code null} for no authentication
 * @param password       SASL PLAIN password, or {@code null}; set exactly when {@code user} is
 * @param maxItemBytes   the servers' item size limit ({@code -I}, 1 MiB by default); larger
 *                       values are skipped without being sent
 * @param poolSize       connections per server; 1 is fastest on small machines (measured)
 * @param binaryProtocol whether to speak the binary protocol (required for SASL) instead of text
 */
public record MemcachedOptions(List<StoreUri.HostPort> servers, Duration opTimeout, Duration connectTimeout,
                               Duration healInterval, String user, String password, int maxItemBytes,
                               int poolSize, boolean binaryProtocol) {

    /** memcached's default {@code item_size_max}. */
    public static final int DEFAULT_MAX_ITEM_BYTES = 1024 * 1024;

    private static final Set<String> KNOWN = Set.of(
            "opTimeoutMs", "connectTimeoutMs", "healIntervalMs", "user", "password", "maxItemBytes", "poolSize",
            "protocol");

    public MemcachedOptions {
        servers = List.copyOf(servers);
        Objects.requireNonNull(opTimeout, "opTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(healInterval, "healInterval");
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("memcached store needs at least one server");
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("memcached SASL needs both user and password");
        }
        if (user != null && !binaryProtocol) {
            throw new IllegalArgumentException("memcached SASL works only with the binary protocol");
        }
        if (maxItemBytes < 1024 || poolSize < 1) {
            throw new IllegalArgumentException("maxItemBytes must be >= 1024 and poolSize >= 1");
        }
    }

    /**
     * Reads the options of a {@code memcached://} URI; absent parameters take the defaults
     * (50 ms operations, 1 s connect, 1 s heal, 1 MiB items, one connection, text protocol, or
     * binary when a user is given).
     *
     * @throws IllegalArgumentException on an unknown parameter, a bad number, or no server
     */
    public static MemcachedOptions fromUri(StoreUri uri) {
        Map<String, String> params = uri.parameters();
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("memcached URI [" + uri.redacted() + "]: unknown parameters "
                    + unknown + "; known: " + new TreeSet<>(KNOWN));
        }
        if (uri.hosts().isEmpty()) {
            throw new IllegalArgumentException("memcached URI [" + uri.redacted() + "] names no host:port");
        }
        String user = params.get("user");
        String protocol = uri.parameter("protocol", user != null ? "binary" : "text");
        if (!protocol.equals("text") && !protocol.equals("binary")) {
            throw new IllegalArgumentException("memcached URI [" + uri.redacted() + "]: protocol must be text or binary");
        }
        return new MemcachedOptions(uri.hosts(),
                Duration.ofMillis(number(uri, "opTimeoutMs", 50)),
                Duration.ofMillis(number(uri, "connectTimeoutMs", 1000)),
                Duration.ofMillis(number(uri, "healIntervalMs", 1000)),
                user, params.get("password"),
                (int) number(uri, "maxItemBytes", DEFAULT_MAX_ITEM_BYTES),
                (int) number(uri, "poolSize", 1),
                protocol.equals("binary"));
    }

    private static long number(StoreUri uri, String name, long fallback) {
        String text = uri.parameters().get(name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value <= 0 || value > Integer.MAX_VALUE) {
                throw new NumberFormatException("out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("memcached URI [" + uri.redacted() + "]: " + name
                    + " must be a positive integer, not [" + text + "]", e);
        }
    }

    @Override
    public String toString() {
        // never print the password
        return "MemcachedOptions[servers=" + servers + ", opTimeout=" + opTimeout + ", connectTimeout="
                + connectTimeout + ", healInterval=" + healInterval + ", user=" + user + ", maxItemBytes="
                + maxItemBytes + ", poolSize=" + poolSize + ", binaryProtocol=" + binaryProtocol + "]";
    }
}
