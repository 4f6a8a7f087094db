package io.hybriddal.dal.internal.feed;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ValueCodec;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Change events of one hybrid, from the persistent store's watch on its object documents: every
 * commit of any process sharing the store, in commit order, on the watch's delivery thread (never
 * the writer's). The watch resumes by itself after a broken connection; a revision already
 * delivered is never delivered twice. A listener that throws is logged and keeps receiving.
 */
public final class ChangeFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private ChangeFeed() {
    }

    public static <T extends DataObject> Subscription subscribe(PersistentStore store, HybridModel model,
                                                                Consumer<ChangeEvent<T>> listener) {
        long from = store.currentRevision();
        StoreWatch watch = store.watch(Keys.objectPrefix(model), from, new Listener<>(model, listener, from));
        return watch::close;
    }

    private static final class Listener<T extends DataObject> implements WatchListener {
        private final HybridModel model;
        private final Consumer<ChangeEvent<T>> listener;
        private long delivered;

        Listener(HybridModel model, Consumer<ChangeEvent<T>> listener, long from) {
            this.model = model;
            this.listener = listener;
            this.delivered = from;
        }

        @Override
        public void onChanges(List<KeyChange> changes) {
            long revision = changes.get(0).revision();
            if (revision <= delivered) {
                return; // replayed after a resume: already delivered
            }
            delivered = revision;
            for (KeyChange change : changes) {
                ChangeEvent<T> event;
                try {
                    event = toEvent(change);
                } catch (CorruptDataException e) {
                    LOG.warn("skipping a change of {} at revision {}: {}", change.key(), revision, e.getMessage());
                    continue;
                }
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("change listener of {} threw on {}; it keeps receiving", model.name(), event, e);
                }
            }
        }

        private ChangeEvent<T> toEvent(KeyChange change) {
            Snapshot before = decode(change.key(), change.previousValue(), change.revision());
            Snapshot after = decode(change.key(), change.value(), change.revision());
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
            return new ObjectChange<>(type, model.name(), Keys.lastSegment(change.key()), Collections.unmodifiableSet(changed),
                    Collections.unmodifiableMap(oldValues), Collections.unmodifiableMap(newValues), change.revision());
        }

        private Snapshot decode(String key, byte[] value, long revision) {
            return value == null ? null : DocumentCodec.decode(model, new KeyValue(key, value, revision, revision));
        }

        @Override
        public void onCompacted(long compactRevision) {
            LOG.warn("changes of {} up to revision {} were compacted away before they could be delivered;"
                    + " subscribers should resynchronise", model.name(), compactRevision);
            delivered = Math.max(delivered, compactRevision);
        }

        @Override
        public void onError(Throwable error) {
            LOG.error("change feed of {} stopped: {}", model.name(), error.toString(), error);
        }
    }
}
