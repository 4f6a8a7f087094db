package io.hybriddal.dal.spi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A store URI taken apart: {@code scheme:[//host:port[,host:port...]][/path][?key=value&...]}.
 * Unlike {@link java.net.URI} it accepts several comma-separated hosts. An IPv6 host is written in
 * brackets ({@code etcd://[::1]:2379}). Percent escapes are decoded in the path, the parameters
 * and the user info; a bad escape is an {@link IllegalArgumentException} naming the URI (its
 * password hidden). Immutable.
 */
public final class StoreUri {

    /**
     * A host and port of the authority part.
     *
     * @param host a name or an address; an IPv6 address without its brackets ({@code ::1})
     */
    public record HostPort(String host, int port) {
        /** {@code host:port}, an IPv6 address in brackets ({@code [::1]:2379}), as URLs want it. */
        @Override
        public String toString() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }

    private final String text;
    private final String scheme;
    private final String authority;
    private final List<HostPort> hosts;
    private final String path;
    private final Map<String, String> parameters;

    private StoreUri(String text, String scheme, String authority, List<HostPort> hosts, String path, Map<String, String> parameters) {
        this.text = text;
        this.scheme = scheme;
        this.authority = authority;
        this.hosts = hosts;
        this.path = path;
        this.parameters = parameters;
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException naming the URI when it has no scheme or a bad host:port
     */
    public static StoreUri parse(String text) {
        return parse(text, true);
    }

    /**
     * Parses {@code text} as the URI of a store that has no hosts (a local store): like
     * {@link #parse}, but an authority ({@code //...} after the scheme) is kept as written in
     * {@link #authority()} instead of being read as {@code host:port} pairs, and {@link #hosts()}
     * is empty. The store can then refuse a host with its own message ({@code file://server/dir}).
     *
     * @throws IllegalArgumentException naming the text when it has no scheme
     */
    public static StoreUri parseLocal(String text) {
        return parse(text, false);
    }

    /** The scheme of {@code text} in lower case, without parsing the rest; {@code null} when it has none. */
    static String schemeOf(String text) {
        int colon = text.indexOf(':');
        return colon <= 0 ? null : text.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static StoreUri parse(String text, boolean hostPorts) {
        Objects.requireNonNull(text, "store URI");
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("store URI [" + text + "] has no scheme (expected e.g. memory:, file:<dir>, etcd://host:port/ns)");
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = text.substring(colon + 1);
        String shown = hideSecrets(text);
        Map<String, String> parameters = new LinkedHashMap<>();
        int question = rest.indexOf('?');
        if (question >= 0) {
            for (String pair : rest.substring(question + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                parameters.put(decode(shown, key, "parameter name"), decode(shown, value, "the value of parameter " + key));
            }
            rest = rest.substring(0, question);
        }
        List<HostPort> hosts = new ArrayList<>();
        String authority = "";
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            int slash = rest.indexOf('/');
            authority = slash < 0 ? rest : rest.substring(0, slash);
            rest = slash < 0 ? "" : rest.substring(slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                // user:password@hosts: kept as the user/password parameters, so redacted() hides the password
                String userInfo = authority.substring(0, at);
                authority = authority.substring(at + 1);
                int colonInUser = userInfo.indexOf(':');
                parameters.putIfAbsent("user", decode(shown, colonInUser < 0 ? userInfo : userInfo.substring(0, colonInUser), "the user"));
                if (colonInUser >= 0) {
                    parameters.putIfAbsent("password", decode(shown, userInfo.substring(colonInUser + 1), "the password"));
                }
                text = text.replace(userInfo + "@", colonInUser < 0 ? userInfo + "@" : userInfo.substring(0, colonInUser) + ":***@");
            }
            for (String hostPort : authority.split(",")) {
                if (hostPorts && !hostPort.isBlank()) {
                    hosts.add(parseHostPort(text, hostPort.trim()));
                }
            }
        }
        return new StoreUri(text, scheme, authority, Collections.unmodifiableList(hosts), decode(shown, rest, "the path"),
                Collections.unmodifiableMap(parameters));
    }

    private static HostPort parseHostPort(String text, String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        boolean bracketed = hostPort.startsWith("[");
        if (bracketed) {
            int close = hostPort.indexOf(']');
            if (close < 2 || close + 1 >= hostPort.length() || hostPort.charAt(close + 1) != ':') {
                throw new IllegalArgumentException("store URI [" + text + "]: [" + hostPort + "] is not [IPv6 address]:port");
            }
            colon = close + 1;
        } else if (colon > 0 && hostPort.indexOf(':') != colon) {
            throw new IllegalArgumentException("store URI [" + text + "]: [" + hostPort + "] is not host:port"
                    + " (write an IPv6 address in brackets: [::1]:2379)");
        }
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("store URI [" + text + "]: [" + hostPort + "] is not host:port");
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("store URI [" + text + "]: bad port in [" + hostPort + "]", e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("store URI [" + text + "]: port " + port + " in [" + hostPort + "] is not between 1 and 65535");
        }
        return new HostPort(bracketed ? hostPort.substring(1, colon - 1) : hostPort.substring(0, colon), port);
    }

    /**
     * Percent-decoding only: a '+' stays a plus (URLDecoder alone would make it a space). A bad
     * escape names the URI ({@code shown}, secrets hidden) and the part; never a password's text.
     */
    private static String decode(String shown, String s, String part) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("store URI [" + shown + "]: bad % escape in " + part
                    + " (write a literal % as %25): " + e.getMessage(), e);
        }
    }

    /** {@code text} with the password of any user info and the values of secret parameters as ***. */
    private static String hideSecrets(String text) {
        return text.replaceAll("(//[^/@?]*?:)[^/@?]*@", "$1***@")
                .replaceAll("(?i)([?&][^=&]*(?:password|secret)[^=&]*=)[^&]*", "$1***");
    }

    /** The scheme in lower case. */
    public String scheme() {
        return scheme;
    }

    /**
     * The authority part as written (between {@code //} and the path), without any
     * {@code user:password@}; empty when there is none ({@code memory:}, {@code file:/dir},
     * {@code file:///dir}).
     */
    public String authority() {
        return authority;
    }

    /** The hosts of the authority part, in the given order; empty when there is none or the URI was parsed {@linkplain #parseLocal locally}. */
    public List<HostPort> hosts() {
        return hosts;
    }

    /** The path after the authority (or after the scheme when there is no authority), decoded; may be empty. */
    public String path() {
        return path;
    }

    /** The query parameters, decoded, in the given order. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The parameter {@code name}, or {@code fallback} when absent. */
    public String parameter(String name, String fallback) {
        return parameters.getOrDefault(name, fallback);
    }

    /** The URI without any password parameter: safe for logs and messages. */
    public String redacted() {
        int question = text.indexOf('?');
        if (question < 0 || parameters.keySet().stream().noneMatch(StoreUri::isSecret)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.substring(0, question + 1));
        parameters.forEach((k, v) -> {
            if (out.charAt(out.length() - 1) != '?') {
                out.append('&');
            }
            out.append(k).append('=').append(isSecret(k) ? "***" : v);
        });
        return out.toString();
    }

    private static boolean isSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("password") || n.contains("secret");
    }

    @Override
    public String toString() {
        return redacted();
    }
}
