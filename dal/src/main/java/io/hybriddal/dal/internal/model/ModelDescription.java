package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DalModel;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.InvalidHybridException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link DalModel} over a resolved registry: immutable, built once with it. */
final class ModelDescription implements DalModel {

    private final ModelRegistry registry;
    private final List<HybridInfo> hybrids;
    private final Map<String, HybridInfo> byName;

    ModelDescription(ModelRegistry registry, List<HybridInfo> hybrids, Map<String, HybridInfo> byName) {
        this.registry = registry;
        this.hybrids = List.copyOf(hybrids);
        this.byName = Map.copyOf(byName);
    }

    @Override
    public List<HybridInfo> hybrids() {
        return hybrids;
    }

    @Override
    public HybridInfo hybrid(String name) {
        HybridInfo info = byName.get(Objects.requireNonNull(name, "name"));
        if (info == null) {
            throw new InvalidHybridException("no hybrid named '" + name + "' is registered; known: " + registry.names());
        }
        return info;
    }

    @Override
    public HybridInfo hybrid(Class<?> type) {
        return registry.require(Objects.requireNonNull(type, "type")).info();
    }

    @Override
    public Optional<HybridInfo> findHybrid(String name) {
        return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
    }

    @Override
    public String toString() {
        return "DalModel" + registry.names();
    }
}
