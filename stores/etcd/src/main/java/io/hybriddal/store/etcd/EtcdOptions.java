package io.hybriddal.store.etcd;

import io.hybriddal.dal.spi.StoreUri;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings an {@code etcd://} URI carries:
 * {@code etcd://h:p[,h:p...]/namespace?user=U&password=P&tls=true&ca=..&cert=..&key=..&timeoutMs=5000&maxRequestBytes=1572864&maxTxnOps=128}.
 *
 * <p>The limits mirror the server's {@code --max-request-bytes} and {@code --max-txn-ops}: set them
 * to what the cluster runs with, so that oversize requests are refused here with a clear message
 * instead of by the server. Immutable; {@link #toString()} never shows the password.
 *
 * @param endpoints       {@code host:port} of each member, never empty
 * @param namespace       key prefix without its trailing slash, "" for none
 * @param user            user name, or {@code null} without authentication
 * @param password        password of {@code user}, or {@code null}
 * @param tls             whether to connect with TLS
 * @param caFile          PEM file of trusted CAs (TLS), or {@code null} for the JVM's default trust
 * @param certFile        client certificate PEM (mutual TLS), or {@code null}
 * @param keyFile         client private key PEM (PKCS#8), or {@code null}
 * @param timeout         bound of every blocking call
 * @param maxRequestBytes largest request the server accepts
 * @param maxTxnOps       most conditions plus operations in one commit
 */
record EtcdOptions(List<String> endpoints, String namespace, String user, String password, boolean tls,
                   String caFile, String certFile, String keyFile, Duration timeout, int maxRequestBytes,
                   int maxTxnOps) {

    static final int DEFAULT_TIMEOUT_MS = 5000;
    /** etcd's default {@code --max-request-bytes} (1.5 MiB). */
    static final int DEFAULT_MAX_REQUEST_BYTES = 1_572_864;
    /** etcd's default {@code --max-txn-ops}. */
    static final int DEFAULT_MAX_TXN_OPS = 128;

    private static final Set<String> KNOWN = Set.of("user", "password", "tls", "ca", "cert", "key",
            "timeoutMs", "maxRequestBytes", "maxTxnOps");

    /**
     * Reads the options of {@code uri}.
     *
     * @throws IllegalArgumentException naming the (redacted) URI when it has no host, an unknown
     *                                  parameter (typos would otherwise be ignored silently) or a
     *                                  bad value
     */
    static EtcdOptions from(StoreUri uri) {
        if (uri.hosts().isEmpty()) {
            throw bad(uri, "no host:port (expected etcd://host:port[,host:port]/namespace)");
        }
        for (String name : uri.parameters().keySet()) {
            if (!KNOWN.contains(name)) {
                throw bad(uri, "unknown parameter [" + name + "]; known: " + KNOWN.stream().sorted().toList());
            }
        }
        Map<String, String> p = uri.parameters();
        String user = p.get("user");
        String password = p.get("password");
        if (password != null && user == null) {
            throw bad(uri, "password given without user");
        }
        String cert = p.get("cert");
        String key = p.get("key");
        if ((cert == null) != (key == null)) {
            throw bad(uri, "cert and key go together (client certificate and its private key)");
        }
        boolean tls = Boolean.parseBoolean(p.getOrDefault("tls", "false")) || p.containsKey("ca") || cert != null;
        return new EtcdOptions(
                uri.hosts().stream().map(StoreUri.HostPort::toString).toList(),
                namespaceOf(uri.path()),
                user, password, tls, p.get("ca"), cert, key,
                Duration.ofMillis(positive(uri, "timeoutMs", DEFAULT_TIMEOUT_MS)),
                positive(uri, "maxRequestBytes", DEFAULT_MAX_REQUEST_BYTES),
                positive(uri, "maxTxnOps", DEFAULT_MAX_TXN_OPS));
    }

    /** "/a/b/" becomes "a/b": the slash between namespace and key is added by {@link KeyCodec}. */
    private static String namespaceOf(String path) {
        String ns = path;
        while (ns.startsWith("/")) {
            ns = ns.substring(1);
        }
        while (ns.endsWith("/")) {
            ns = ns.substring(0, ns.length() - 1);
        }
        return ns;
    }

    private static int positive(StoreUri uri, String name, int fallback) {
        String text = uri.parameter(name, null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the parameter's name
        }
        throw bad(uri, name + " must be a positive integer: [" + text + "]");
    }

    private static IllegalArgumentException bad(StoreUri uri, String why) {
        return new IllegalArgumentException("etcd store URI [" + uri.redacted() + "]: " + why);
    }

    /** The endpoints as one string for messages: {@code [h:p, h:p]}. */
    String endpointList() {
        return endpoints.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String toString() {
        return "EtcdOptions[endpoints=" + endpointList() + ", namespace=" + namespace + ", user=" + user
                + (password != null ? ", password=***" : "") + ", tls=" + tls + ", timeout=" + timeout
                + ", maxRequestBytes=" + maxRequestBytes + ", maxTxnOps=" + maxTxnOps + "]";
    }
}
