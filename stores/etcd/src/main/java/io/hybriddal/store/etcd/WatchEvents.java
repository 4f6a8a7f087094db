package io.hybriddal.store.etcd;

import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.watch.WatchEvent;
import io.hybriddal.dal.spi.KeyChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the events of a jetcd watch response into {@link KeyChange} batches, one per revision.
 * A response may carry several revisions (catch-up after a resume), and one etcd txn yields one
 * event per key, all with the txn's revision; listeners want one call per commit. Stateless.
 */
final class WatchEvents {

    private WatchEvents() {
    }

    /** The events grouped by revision, in the order received (etcd sends them in revision order). */
    static List<List<KeyChange>> byRevision(List<WatchEvent> events, KeyCodec codec) {
        List<List<KeyChange>> batches = new ArrayList<>();
        List<KeyChange> current = new ArrayList<>();
        long currentRevision = -1;
        for (WatchEvent event : events) {
            KeyChange change = toChange(event, codec);
            if (change.revision() != currentRevision && !current.isEmpty()) {
                batches.add(List.copyOf(current));
                current = new ArrayList<>();
            }
            currentRevision = change.revision();
            current.add(change);
        }
        if (!current.isEmpty()) {
            batches.add(List.copyOf(current));
        }
        return batches;
    }

    private static KeyChange toChange(WatchEvent event, KeyCodec codec) {
        KeyValue kv = event.getKeyValue();
        // A delete's event carries the tombstone: the key and the deleting revision, no value.
        byte[] value = event.getEventType() == WatchEvent.EventType.DELETE ? null : kv.getValue().getBytes();
        return new KeyChange(codec.decode(kv.getKey()), value, previousValue(event.getPrevKV()), kv.getModRevision());
    }

    /** etcd sends no prevKV for a created key; jetcd then hands out an empty KeyValue (version 0). */
    private static byte[] previousValue(KeyValue prev) {
        return prev == null || prev.getVersion() == 0 ? null : prev.getValue().getBytes();
    }
}
