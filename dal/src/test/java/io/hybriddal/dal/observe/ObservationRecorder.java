package io.hybriddal.dal.observe;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.ObservationView;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An observation registry whose one handler records every observation that stopped, in order. */
final class ObservationRecorder implements ObservationHandler<Observation.Context> {

    /** A stopped observation: name, span name, key values, the name of its parent, its error. */
    record Stopped(String name, String contextualName, TreeMap<String, String> low, TreeMap<String, String> high, String parent,
                   Throwable error) {
    }

    private final ObservationRegistry registry = ObservationRegistry.create();
    private final List<Stopped> stopped = new CopyOnWriteArrayList<>();

    ObservationRecorder() {
        registry.observationConfig().observationHandler(this);
    }

    ObservationRegistry registry() {
        return registry;
    }

    /** The observations stopped since the last call. */
    List<Stopped> take() {
        List<Stopped> taken = new ArrayList<>(stopped);
        stopped.clear();
        return taken;
    }

    @Override
    public void onStop(Observation.Context context) {
        ObservationView parent = context.getParentObservation();
        stopped.add(new Stopped(context.getName(), context.getContextualName(), map(context.getLowCardinalityKeyValues()),
                map(context.getHighCardinalityKeyValues()), parent == null ? null : parent.getContextView().getName(),
                context.getError()));
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return true;
    }

    private static TreeMap<String, String> map(Iterable<KeyValue> keyValues) {
        TreeMap<String, String> map = new TreeMap<>();
        keyValues.forEach(kv -> map.put(kv.getKey(), kv.getValue()));
        return map;
    }
}
