package io.hybriddal.report;

import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads the meters the engine publishes per dynamic ({@code hybriddal.dynamic.hits|misses},
 * {@code hybriddal.dynamic.compute}, {@code hybriddal.dynamic.lock.wait}), tagged with the
 * declaring class's simple name and the dynamic's name. A dynamic never read has no meters yet:
 * it shows zeros and no times.
 */
final class DynamicMeters {

    private DynamicMeters() {
    }

    static List<LiveData.DynamicStats> collect(MeterRegistry registry, Iterable<HybridModel> models) {
        List<LiveData.DynamicStats> rows = new ArrayList<>();
        for (HybridModel m : models) {
            for (DynamicModel d : m.dynamics()) {
                rows.add(stats(registry, m, d));
            }
        }
        return rows;
    }

    private static LiveData.DynamicStats stats(MeterRegistry registry, HybridModel m, DynamicModel d) {
        String[] tags = {"hybrid", d.method().getDeclaringClass().getSimpleName(), "dynamic", d.name()};
        long hits = d.counters().hits().sum();
        long misses = d.counters().misses().sum();
        Timer compute = registry.find("hybriddal.dynamic.compute").tags(tags).timer();
        Timer lock = registry.find("hybriddal.dynamic.lock.wait").tags(tags).timer();
        HistogramSnapshot c = compute == null || compute.count() == 0 ? null : compute.takeSnapshot();
        HistogramSnapshot l = lock == null || lock.count() == 0 ? null : lock.takeSnapshot();
        Double ratio = hits + misses == 0 ? null : (double) hits / (hits + misses);
        return new LiveData.DynamicStats(m.name(), d.name(), d.ttlSeconds(), d.locked(), hits, misses, ratio,
                compute == null ? 0 : compute.count(), percentile(c, 0.5), percentile(c, 0.95), percentile(c, 0.99),
                lock == null ? 0 : lock.count(), percentile(l, 0.99), l == null ? null : l.max(TimeUnit.MILLISECONDS));
    }

    private static Double percentile(HistogramSnapshot snapshot, double p) {
        if (snapshot == null) {
            return null;
        }
        for (ValueAtPercentile v : snapshot.percentileValues()) {
            if (Math.abs(v.percentile() - p) < 1e-9) {
                return v.value(TimeUnit.MILLISECONDS);
            }
        }
        return null;
    }
}
