package io.hybriddal.dal.internal.dynamic;

import io.hybriddal.dal.internal.model.DynamicModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Micrometer meters of the dynamics, per hybrid and dynamic: cache hits and misses, compute
 * time and lock wait (with percentiles, for reports). Meters are created on first use of each
 * dynamic, then found by identity. Thread-safe.
 */
public final class DynamicStats {

    private record Meters(Counter hits, Counter misses, Timer compute, Timer lockWait) {
    }

    private final MeterRegistry registry;
    private final Map<DynamicModel, Meters> meters = new ConcurrentHashMap<>();

    public DynamicStats(MeterRegistry registry) {
        this.registry = registry;
    }

    private Meters of(DynamicModel d) {
        Meters m = meters.get(d);
        return m != null ? m : meters.computeIfAbsent(d, this::create);
    }

    private Meters create(DynamicModel d) {
        String hybrid = d.method().getDeclaringClass().getSimpleName();
        String[] tags = {"hybrid", hybrid, "dynamic", d.name()};
        return new Meters(
                Counter.builder("hybriddal.dynamic.hits").tags(tags).register(registry),
                Counter.builder("hybriddal.dynamic.misses").tags(tags).register(registry),
                Timer.builder("hybriddal.dynamic.compute").tags(tags).publishPercentiles(0.5, 0.95, 0.99).register(registry),
                Timer.builder("hybriddal.dynamic.lock.wait").tags(tags).publishPercentiles(0.5, 0.95, 0.99).register(registry));
    }

    void hit(DynamicModel d) {
        of(d).hits().increment();
    }

    void miss(DynamicModel d) {
        of(d).misses().increment();
    }

    void computed(DynamicModel d, long nanos) {
        of(d).compute().record(nanos, TimeUnit.NANOSECONDS);
    }

    void lockWait(DynamicModel d, long nanos) {
        of(d).lockWait().record(nanos, TimeUnit.NANOSECONDS);
    }

    public MeterRegistry registry() {
        return registry;
    }
}
