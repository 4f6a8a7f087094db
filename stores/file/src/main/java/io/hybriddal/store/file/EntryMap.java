package io.hybriddal.store.file;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.Operation;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * The store's semantics on the MVMap of key → {@link StoredEntry}: reads as {@link KeyValue}s,
 * prefix scans, and applying a commit's operations. Changes made here reach the disk only with
 * the next {@link StoreFile#commitDurably(long)}.
 *
 * <p>Not thread-safe: the store calls it under its lock. MVStore failures surface as runtime
 * exceptions, which the store turns into {@code StoreException}s naming the file.
 */
final class EntryMap {

    private final MVMap<String, StoredEntry> map;

    EntryMap(MVMap<String, StoredEntry> map) {
        this.map = map;
    }

    /** The entry under {@code key}, or {@code null}. */
    KeyValue get(String key) {
        StoredEntry entry = map.get(key);
        return entry == null ? null : entry.toKeyValue(key);
    }

    /** Whether the map holds no key. */
    boolean isEmpty() {
        return map.isEmpty();
    }

    /**
     * At most {@code limit} entries under {@code prefix} after {@code startAfter} (exclusive;
     * {@code null}: from the start of the prefix), ascending; {@code more} tells whether a
     * further matching key exists.
     */
    ScanPage scan(String prefix, String startAfter, int limit) {
        boolean fromPrefix = startAfter == null || startAfter.compareTo(prefix) < 0;
        List<KeyValue> page = new ArrayList<>(Math.min(limit, 256));
        Cursor<String, StoredEntry> cursor = map.cursor(fromPrefix ? prefix : startAfter);
        while (cursor.hasNext()) {
            String key = cursor.next();
            if (!fromPrefix && key.equals(startAfter)) {
                continue;
            }
            if (!key.startsWith(prefix)) {
                return new ScanPage(page, false);
            }
            if (page.size() == limit) {
                return new ScanPage(page, true);
            }
            page.add(cursor.getValue().toKeyValue(key));
        }
        return new ScanPage(page, false);
    }

    /**
     * Applies {@code operations} in order as revision {@code rev} and returns the resulting
     * change of each key touched (none for a key absent before and after), in first-touch order.
     * Put values are copied, so a caller changing its array later cannot change stored data.
     */
    List<KeyChange> apply(List<Operation> operations, long rev) {
        Map<String, byte[]> before = new LinkedHashMap<>();
        for (Operation op : operations) {
            StoredEntry old = map.get(op.key());
            // Not putIfAbsent: it would replace a recorded "was absent" (null) on the second touch.
            if (!before.containsKey(op.key())) {
                before.put(op.key(), old == null ? null : old.value());
            }
            if (op instanceof Operation.Put put) {
                long created = old == null ? rev : old.createRevision();
                map.put(put.key(), new StoredEntry(put.value().clone(), rev, created));
            } else {
                map.remove(op.key());
            }
        }
        List<KeyChange> changes = new ArrayList<>(before.size());
        before.forEach((key, previous) -> {
            StoredEntry now = map.get(key);
            if (now != null || previous != null) {
                changes.add(new KeyChange(key, now == null ? null : now.value(), previous, rev));
            }
        });
        return changes;
    }
}
