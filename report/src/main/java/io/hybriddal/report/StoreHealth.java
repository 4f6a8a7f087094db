package io.hybriddal.report;

import io.hybriddal.dal.AppliedPlan;
import io.hybriddal.dal.DalAdmin;
import io.hybriddal.dal.NearCacheStatus;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreUri;
import java.util.List;
import java.util.Locale;

/**
 * The stores behind the report.
 *
 * @param persistentKind  {@code etcd}, {@code file}, {@code memory} or the store class name
 * @param persistentUri   the URI it was opened from (password redacted), or null when unknown
 * @param endpoints       etcd endpoints (from the URI), empty otherwise
 * @param volatileServers memcached servers (from the URI), empty otherwise
 * @param nearCache       the near cache's hits, misses, entries and watch lag ({@link DalAdmin#nearCache()});
 *                        null when the near cache is disabled
 * @param lastPlan        the last plan applied to the store ({@link DalAdmin#lastAppliedPlan()}), or null when none was
 */
public record StoreHealth(String persistentKind, String persistentUri, String namespace, long currentRevision,
                          List<String> endpoints, String volatileKind, String volatileUri, List<String> volatileServers,
                          NearCacheStatus nearCache, AppliedPlan lastPlan) {

    /** Store health without a plan (as built before plans existed). */
    public StoreHealth(String persistentKind, String persistentUri, String namespace, long currentRevision,
                       List<String> endpoints, String volatileKind, String volatileUri, List<String> volatileServers,
                       NearCacheStatus nearCache) {
        this(persistentKind, persistentUri, namespace, currentRevision, endpoints, volatileKind, volatileUri, volatileServers,
                nearCache, null);
    }

    static StoreHealth probe(DalAdmin admin, String persistentUri, String volatileUri) {
        PersistentStore persistent = admin.persistentStore();
        String pKind = kind(persistentUri, persistent.getClass().getSimpleName());
        String vKind = volatileUri == null ? "unknown" : kind(volatileUri, "unknown");
        List<String> endpoints = "etcd".equals(pKind) && persistentUri != null ? hosts(persistentUri) : List.of();
        List<String> servers = "memcached".equals(vKind) ? hosts(volatileUri) : List.of();
        return new StoreHealth(pKind, persistentUri == null ? null : StoreUri.parse(persistentUri).redacted(),
                persistent.namespace(), persistent.currentRevision(), endpoints,
                vKind, volatileUri == null ? null : StoreUri.parse(volatileUri).redacted(), servers,
                admin.nearCache().orElse(null), admin.lastAppliedPlan().orElse(null));
    }

    private static String kind(String uri, String className) {
        if (uri != null) {
            return StoreUri.parse(uri).scheme();
        }
        String c = className.toLowerCase(Locale.ROOT);
        for (String known : List.of("etcd", "file", "memory", "memcached")) {
            if (c.startsWith(known)) {
                return known;
            }
        }
        return className;
    }

    private static List<String> hosts(String uri) {
        return StoreUri.parse(uri).hosts().stream().map(StoreUri.HostPort::toString).toList();
    }
}
