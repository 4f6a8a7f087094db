package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.Change;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import java.util.Locale;

/** Names of objects in plan messages: the guid, with the natural key when there is one ("3f2a... (name=pool-a)"). */
final class Labels {

    private Labels() {
    }

    static String of(HybridModel model, Object[] values, String guid) {
        PropertyModel key = StoredObjects.naturalKey(model);
        Object value = key == null || values == null ? null : values[key.index()];
        return value == null ? guid : guid + " (" + key.name() + "=" + value + ")";
    }

    /** "delete vpool 3f2a... (name=pool-a)", the natural key as the step writes or removes it (guid alone for an unchanged one). */
    static String of(Step step) {
        PropertyModel key = StoredObjects.naturalKey(step.model());
        Change c = key == null ? null : step.changes().get(key.name());
        Object value = c == null ? null : c.after() != null ? c.after() : c.before();
        return action(step) + (value == null ? step.guid() : step.guid() + " (" + key.name() + "=" + value + ")");
    }

    private static String action(Step step) {
        return step.action().name().toLowerCase(Locale.ROOT) + " " + step.hybrid() + " ";
    }

    /** "update vpool 3f2a... (name=pool-a)", the natural key from the object's values. */
    static String of(Step step, Object[] values) {
        return action(step) + of(step.model(), values, step.guid());
    }
}
