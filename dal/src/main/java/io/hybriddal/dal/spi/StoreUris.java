package io.hybriddal.dal.spi;

import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** Resolves store URIs to providers found through {@link ServiceLoader}. */
final class StoreUris {

    /** Which module provides a scheme, to tell users what to add to their class path. */
    private static final Map<String, String> MODULES = Map.of(
            "memory", "io.hybriddal:hybrid-dal",
            "file", "io.hybriddal:hybrid-dal-file",
            "etcd", "io.hybriddal:hybrid-dal-etcd",
            "memcached", "io.hybriddal:hybrid-dal-memcached");

    private StoreUris() {
    }

    /**
     * The provider is chosen by the scheme alone, before the rest of the URI is parsed: a URI of an
     * unknown scheme is reported as such (not as whatever its authority looks like), and the
     * provider parses its own URIs ({@link PersistentStoreProvider#parse}).
     */
    static PersistentStore openPersistent(String text) {
        String scheme = scheme(text);
        TreeSet<String> known = new TreeSet<>();
        for (PersistentStoreProvider provider : ServiceLoader.load(PersistentStoreProvider.class, classLoader())) {
            if (provider.schemes().contains(scheme)) {
                return provider.open(provider.parse(text));
            }
            known.addAll(provider.schemes());
        }
        throw unknownScheme("persistent", text, scheme, known);
    }

    static VolatileStore openVolatile(String text) {
        String scheme = scheme(text);
        TreeSet<String> known = new TreeSet<>();
        for (VolatileStoreProvider provider : ServiceLoader.load(VolatileStoreProvider.class, classLoader())) {
            if (provider.schemes().contains(scheme)) {
                return provider.open(StoreUri.parse(text));
            }
            known.addAll(provider.schemes());
        }
        throw unknownScheme("volatile", text, scheme, known);
    }

    private static String scheme(String text) {
        String scheme = StoreUri.schemeOf(Objects.requireNonNull(text, "store URI"));
        if (scheme == null) {
            StoreUri.parse(text); // throws the message for a URI without scheme
        }
        return scheme;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : StoreUris.class.getClassLoader();
    }

    private static IllegalArgumentException unknownScheme(String kind, String text, String scheme, TreeSet<String> known) {
        // parsed only to hide a password: the authority of an unknown scheme need not be host:port
        String uri = StoreUri.parseLocal(text).redacted();
        String module = MODULES.get(scheme);
        if (module == null) {
            return new IllegalArgumentException("unknown scheme '" + scheme + "' in " + kind + " store URI [" + uri
                    + "]: no module of hybrid-dal knows this scheme; known schemes: " + String.join(", ", known));
        }
        return new IllegalArgumentException("no " + kind + " store for URI [" + uri + "]: scheme '" + scheme
                + "' is not on the class path (add " + module + " to the class path); available: " + String.join(", ", known));
    }
}
