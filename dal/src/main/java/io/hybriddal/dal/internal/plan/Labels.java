package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;

/** Names of objects in plan messages: the guid, with the natural key when there is one ("3f2a... (name=pool-a)"). */
final class Labels {

    private Labels() {
    }

    static String of(HybridModel model, Object[] values, String guid) {
        PropertyModel key = StoredObjects.naturalKey(model);
        Object value = key == null || values == null ? null : values[key.index()];
        return value == null ? guid : guid + " (" + key.name() + "=" + value + ")";
    }

    /** "update vpool 3f2a... (name=pool-a)". */
    static String of(Step step, Object[] values) {
        return step.action().name().toLowerCase(java.util.Locale.ROOT) + " " + step.hybrid() + " " + of(step.model(), values, step.guid());
    }
}
