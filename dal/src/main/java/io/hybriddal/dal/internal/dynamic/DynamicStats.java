package io.hybriddal.dal.internal.dynamic;

import io.hybriddal.dal.DynamicStatistics;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.StripedCount;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Micrometer meters of the dynamics, per hybrid and dynamic: cache hits and misses (function
 * counters over the dynamic's own adders), compute time and lock wait (with percentiles, for
 * reports). Meters are registered when the Dal starts, then found by identity.
 * Thread-safe.
 */
public final class DynamicStats {

    private record Meters(Timer compute, Timer lockWait) {
    }

    private final MeterRegistry registry;
    private final Map<DynamicModel, Meters> meters = new ConcurrentHashMap<>();

    /** Registers the meters of every dynamic of {@code models} at once, so all show from the start. */
    public DynamicStats(MeterRegistry registry, Iterable<HybridModel> models) {
        this.registry = registry;
        for (HybridModel model : models) {
            model.dynamics().forEach(this::of);
        }
    }

    private Meters of(DynamicModel d) {
        Meters m = meters.get(d);
        return m != null ? m : meters.computeIfAbsent(d, this::create);
    }

    private Meters create(DynamicModel d) {
        String hybrid = d.method().getDeclaringClass().getSimpleName();
        String[] tags = {"hybrid", hybrid, "dynamic", d.name()};
        FunctionCounter.builder("hybriddal.dynamic.hits", d.counters().hits(), StripedCount::sum).tags(tags).register(registry);
        FunctionCounter.builder("hybriddal.dynamic.misses", d.counters().misses(), StripedCount::sum).tags(tags).register(registry);
        return new Meters(
                Timer.builder("hybriddal.dynamic.compute").tags(tags).publishPercentiles(0.5, 0.95, 0.99).register(registry),
                Timer.builder("hybriddal.dynamic.lock.wait").tags(tags).publishPercentiles(0.5, 0.95, 0.99).register(registry));
    }

    void computed(DynamicModel d, long nanos) {
        of(d).compute().record(nanos, TimeUnit.NANOSECONDS);
    }

    void lockWait(DynamicModel d, long nanos) {
        of(d).lockWait().record(nanos, TimeUnit.NANOSECONDS);
    }

    /** What {@code d} of {@code hybrid} did in this process. */
    public DynamicStatistics statistics(String hybrid, DynamicModel d) {
        Meters m = of(d);
        return new DynamicStatistics(hybrid, d.name(), d.counters().hits().sum(), d.counters().misses().sum(),
                m.compute().count() == 0 ? null : m.compute(), m.lockWait().count() == 0 ? null : m.lockWait());
    }

    public MeterRegistry registry() {
        return registry;
    }
}
