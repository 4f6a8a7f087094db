package io.hybriddal.report;

import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.read.NearCache;
import io.hybriddal.dal.spi.StoreUri;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The stores behind the report.
 *
 * @param persistentKind  {@code etcd}, {@code file}, {@code memory} or the store class name
 * @param persistentUri   the URI it was opened from (password redacted), or null when unknown
 * @param endpoints       etcd endpoints (from the URI), empty otherwise
 * @param volatileServers memcached servers (from the URI), empty otherwise
 * @param nearCache       null when the near cache is disabled
 */
public record StoreHealth(String persistentKind, String persistentUri, String namespace, long currentRevision,
                          List<String> endpoints, String volatileKind, String volatileUri, List<String> volatileServers,
                          NearCacheStats nearCache) {

    /** Near-cache meters: hits, misses, entries, and the watch lag of this process's own commits (ms). */
    public record NearCacheStats(long hits, long misses, long size, long lastRevision, long lagSamples,
                                 Double lagMeanMs, Double lagMaxMs) {
    }

    static StoreHealth probe(DalEngine engine, String persistentUri, String volatileUri) {
        String pKind = kind(persistentUri, engine.persistent().getClass().getSimpleName());
        String vKind = volatileUri == null ? "unknown" : kind(volatileUri, "unknown");
        List<String> endpoints = "etcd".equals(pKind) && persistentUri != null ? hosts(persistentUri) : List.of();
        List<String> servers = "memcached".equals(vKind) ? hosts(volatileUri) : List.of();
        return new StoreHealth(pKind, persistentUri == null ? null : StoreUri.parse(persistentUri).redacted(),
                engine.persistent().namespace(), engine.persistent().currentRevision(), endpoints,
                vKind, volatileUri == null ? null : StoreUri.parse(volatileUri).redacted(), servers,
                nearCache(engine.nearCache(), engine.meters()));
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

    private static NearCacheStats nearCache(NearCache near, MeterRegistry meters) {
        if (near == null) {
            return null;
        }
        Counter hits = meters.find("hybriddal.nearcache.hits").counter();
        Counter misses = meters.find("hybriddal.nearcache.misses").counter();
        Timer lag = meters.find("hybriddal.nearcache.lag").timer();
        boolean lagged = lag != null && lag.count() > 0;
        return new NearCacheStats(hits == null ? 0 : (long) hits.count(), misses == null ? 0 : (long) misses.count(),
                near.size(), near.lastRevision(), lag == null ? 0 : lag.count(),
                lagged ? lag.mean(TimeUnit.MILLISECONDS) : null, lagged ? lag.max(TimeUnit.MILLISECONDS) : null);
    }
}
