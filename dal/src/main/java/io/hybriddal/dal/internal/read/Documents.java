package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads object documents and key listings from the persistent store. Thread-safe. */
public final class Documents {

    /** Keys fetched per scan request. */
    static final int SCAN_PAGE = 1_000;

    private final PersistentStore store;

    public Documents(PersistentStore store) {
        this.store = store;
    }

    /** The stored object, or null. */
    public Snapshot read(HybridModel model, String guid, ReadConsistency consistency) {
        KeyValue kv = store.get(Keys.object(model, guid), consistency);
        return kv == null ? null : DocumentCodec.decode(model, kv);
    }

    /** The stored objects among {@code guids}, by guid, in the given order; one multi-get. */
    public Map<String, Snapshot> readAll(HybridModel model, Collection<String> guids, ReadConsistency consistency) {
        List<String> keys = new ArrayList<>(guids.size());
        for (String guid : guids) {
            keys.add(Keys.object(model, guid));
        }
        Map<String, KeyValue> found = store.getAll(keys, consistency);
        Map<String, Snapshot> result = new LinkedHashMap<>(found.size() * 2);
        int i = 0;
        for (String guid : guids) {
            KeyValue kv = found.get(keys.get(i++));
            if (kv != null) {
                result.put(guid, DocumentCodec.decode(model, kv));
            }
        }
        return result;
    }

    /** The last segment (a guid) of every key under {@code prefix}, in key order, paging through. */
    public List<String> scanGuids(String prefix) {
        List<String> guids = new ArrayList<>();
        String after = null;
        ScanPage page;
        do {
            page = store.scan(prefix, after, SCAN_PAGE);
            for (KeyValue kv : page.entries()) {
                guids.add(Keys.lastSegment(kv.key()));
            }
            after = page.lastKey();
        } while (page.more());
        return guids;
    }
}
