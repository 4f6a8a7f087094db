package io.hybriddal.dal.spi;

import java.util.Map;
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

    static PersistentStore openPersistent(String text) {
        StoreUri uri = StoreUri.parse(text);
        TreeSet<String> known = new TreeSet<>();
        for (PersistentStoreProvider provider : ServiceLoader.load(PersistentStoreProvider.class, classLoader())) {
            if (provider.schemes().contains(uri.scheme())) {
                return provider.open(uri);
            }
            known.addAll(provider.schemes());
        }
        throw unknownScheme("persistent", uri, known);
    }

    static VolatileStore openVolatile(String text) {
        StoreUri uri = StoreUri.parse(text);
        TreeSet<String> known = new TreeSet<>();
        for (VolatileStoreProvider provider : ServiceLoader.load(VolatileStoreProvider.class, classLoader())) {
            if (provider.schemes().contains(uri.scheme())) {
                return provider.open(uri);
            }
            known.addAll(provider.schemes());
        }
        throw unknownScheme("volatile", uri, known);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : StoreUris.class.getClassLoader();
    }

    private static IllegalArgumentException unknownScheme(String kind, StoreUri uri, TreeSet<String> known) {
        String module = MODULES.get(uri.scheme());
        String hint = module != null
                ? "add " + module + " to the class path"
                : "no module of hybrid-dal knows this scheme";
        return new IllegalArgumentException("no " + kind + " store for URI [" + uri.redacted() + "]: scheme ["
                + uri.scheme() + "] is not on the class path (" + hint + "); available: " + known);
    }
}
