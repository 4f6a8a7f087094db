package io.hybriddal.report;

import io.hybriddal.dal.DalAdmin;
import io.hybriddal.dal.DalModel;
import io.hybriddal.dal.DynamicInfo;
import io.hybriddal.dal.DynamicStatistics;
import io.hybriddal.dal.HybridInfo;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads what each dynamic did in this process ({@link DalAdmin#dynamicStatistics}): hits,
 * misses, and the compute and lock-wait timers with their percentiles. A dynamic never read
 * shows zeros and no times.
 */
final class DynamicMeters {

    private DynamicMeters() {
    }

    static List<LiveData.DynamicStats> collect(DalAdmin admin, DalModel model) {
        List<LiveData.DynamicStats> rows = new ArrayList<>();
        for (HybridInfo h : model.hybrids()) {
            for (DynamicInfo d : h.dynamics()) {
                rows.add(stats(admin.dynamicStatistics(h.name(), d.name()), d));
            }
        }
        return rows;
    }

    private static LiveData.DynamicStats stats(DynamicStatistics s, DynamicInfo d) {
        Timer compute = s.compute();
        Timer lock = s.lockWait();
        HistogramSnapshot c = compute == null || compute.count() == 0 ? null : compute.takeSnapshot();
        HistogramSnapshot l = lock == null || lock.count() == 0 ? null : lock.takeSnapshot();
        return new LiveData.DynamicStats(s.hybrid(), s.dynamic(), ModelCatalog.ttlSeconds(d), d.locked(), s.hits(), s.misses(),
                s.hitRatio(), compute == null ? 0 : compute.count(), percentile(c, 0.5), percentile(c, 0.95), percentile(c, 0.99),
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
