package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.internal.model.StripedCount;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The near cache's meters: hits and misses as function counters over plain striped counts (a hit
 * costs no atomic instruction), its size, and the lag of its watch behind this Dal's commits.
 */
final class NearCacheMeters {

    final StripedCount hits = new StripedCount();
    final StripedCount misses = new StripedCount();
    final CommitLag lag;

    NearCacheMeters(MeterRegistry meters, NearCache near) {
        FunctionCounter.builder("hybriddal.nearcache.hits", hits, StripedCount::sum).register(meters);
        FunctionCounter.builder("hybriddal.nearcache.misses", misses, StripedCount::sum).register(meters);
        this.lag = new CommitLag(Timer.builder("hybriddal.nearcache.lag").description("commit acknowledged to watch delivery, own commits")
                .publishPercentiles(0.5, 0.99).register(meters));
        Gauge.builder("hybriddal.nearcache.size", near, NearCache::size).register(meters); // weakly: a closed Dal's cache is not kept
    }
}
