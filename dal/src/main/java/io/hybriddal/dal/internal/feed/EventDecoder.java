package io.hybriddal.dal.internal.feed;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ValueCodec;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.KeyValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns one changed object document into a typed {@link ChangeEvent}, or nothing when the
 * subscription's filter matches the object neither before nor after the change. Runs on the
 * subscription's executor, never on the watch thread (a filter may read related objects).
 * Not thread-safe; one per subscription.
 */
final class EventDecoder {

    private final HybridModel model;
    private final SnapshotFilter filter;

    /** @param filter the subscription's filter, or null for every object */
    EventDecoder(HybridModel model, SnapshotFilter filter) {
        this.model = model;
        this.filter = filter;
    }

    /**
     * The event of {@code change}, or null when the filter leaves it out.
     *
     * @throws io.hybriddal.dal.CorruptDataException when a side of the change cannot be decoded
     */
    <T extends DataObject> ChangeEvent<T> decode(KeyChange change) {
        String guid = Keys.guidOf(change.key());
        Snapshot before = decode(change.key(), change.previousValue(), change.revision());
        Snapshot after = decode(change.key(), change.value(), change.revision());
        if (filter != null && !matches(guid, before) && !matches(guid, after)) {
            return null;
        }
        ChangeType type = after == null ? ChangeType.DELETED : before == null ? ChangeType.CREATED : ChangeType.UPDATED;
        Set<String> changed = new LinkedHashSet<>();
        Map<String, Object> oldValues = new LinkedHashMap<>();
        Map<String, Object> newValues = new LinkedHashMap<>();
        for (FieldModel f : model.fields()) {
            Object old = before == null ? null : before.values()[f.index()];
            Object now = after == null ? null : after.values()[f.index()];
            boolean differs = type == ChangeType.UPDATED ? !ValueCodec.same(old, now) : (old != null || now != null);
            if (differs) {
                changed.add(f.name());
                if (before != null) {
                    oldValues.put(f.name(), old);
                }
                if (after != null) {
                    newValues.put(f.name(), now);
                }
            }
        }
        return new ObjectChange<>(type, model.name(), guid, Collections.unmodifiableSet(changed),
                Collections.unmodifiableMap(oldValues), Collections.unmodifiableMap(newValues), change.revision());
    }

    private boolean matches(String guid, Snapshot snapshot) {
        return snapshot != null && filter.test(guid, snapshot);
    }

    private Snapshot decode(String key, byte[] value, long revision) {
        return value == null ? null : DocumentCodec.decode(model, new KeyValue(key, value, revision, revision));
    }
}
