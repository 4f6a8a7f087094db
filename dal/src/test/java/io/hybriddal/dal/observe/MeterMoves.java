package io.hybriddal.dal.observe;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The meters of a registry that moved between two moments, each named with its tags, as
 * {@code name{k=v,...}} mapped to how much its count (or total, for gauges) moved.
 */
final class MeterMoves {

    private final MeterRegistry meters;
    private Map<String, Double> before;

    MeterMoves(MeterRegistry meters) {
        this.meters = meters;
        this.before = snapshot();
    }

    /** The meters that moved since the last call (or since this was made), and how much. */
    Map<String, Double> moved() {
        Map<String, Double> now = snapshot();
        Map<String, Double> moved = new TreeMap<>();
        now.forEach((id, value) -> {
            double delta = value - before.getOrDefault(id, 0.0);
            if (delta != 0) {
                moved.put(id, delta);
            }
        });
        before = now;
        return moved;
    }

    private Map<String, Double> snapshot() {
        Map<String, Double> values = new TreeMap<>();
        for (Meter meter : meters.getMeters()) {
            values.put(describe(meter.getId()), first(meter));
        }
        return values;
    }

    /** A meter's first measurement: the count of counters and timers, the value of gauges. */
    private static double first(Meter meter) {
        for (Measurement m : meter.measure()) {
            return m.getValue();
        }
        return 0;
    }

    private static String describe(Meter.Id id) {
        return named(id.getName(), Tags.of(id.getTags()));
    }

    /** How {@link #moved()} names the meter {@code name} with these tags (key, value, key, value...). */
    static String named(String name, String... keyValues) {
        return named(name, Tags.of(keyValues));
    }

    private static String named(String name, Tags tags) {
        return name + tags.stream().map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(",", "{", "}"));
    }
}
