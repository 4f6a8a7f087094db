package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads object documents and key listings. {@link Consistency#CACHED} reads are served by the
 * near cache when it has the document, and read serializably from the store otherwise;
 * {@link Consistency#STRONG} reads go to the store linearizably. Every document read from the
 * store is offered to the near cache. Thread-safe.
 */
public final class Documents {

    /** Keys fetched per scan request. */
    static final int SCAN_PAGE = 1_000;

    private final PersistentStore store;
    private final NearCache near;
    private final LocalResults lists;

    /**
     * @param near  the near cache, or null when disabled
     * @param lists the local lists (backref members), or null when disabled
     */
    public Documents(PersistentStore store, NearCache near, LocalResults lists) {
        this.store = store;
        this.near = near;
        this.lists = lists;
    }

    /** The stored object, or null. */
    public Snapshot read(HybridModel model, String guid, Consistency consistency) {
        if (near != null && consistency == Consistency.CACHED) {
            Snapshot cached = near.get(model, guid);
            if (cached != null) {
                return cached;
            }
        }
        KeyValue kv = store.get(Keys.object(model, guid), storeConsistency(consistency));
        if (kv == null) {
            forgetIfStrong(model, guid, consistency);
            return null;
        }
        return decoded(model, guid, kv);
    }

    /** The stored objects among {@code guids}, by guid, in the given order; at most one multi-get. */
    public Map<String, Snapshot> readAll(HybridModel model, Collection<String> guids, Consistency consistency) {
        Map<String, Snapshot> result = new LinkedHashMap<>(guids.size() * 2);
        List<String> keys = new ArrayList<>(guids.size());
        boolean useNear = near != null && consistency == Consistency.CACHED;
        for (String guid : guids) {
            Snapshot cached = useNear ? near.get(model, guid) : null;
            result.put(guid, cached);
            if (cached == null) {
                keys.add(Keys.object(model, guid));
            }
        }
        Map<String, KeyValue> found = keys.isEmpty() ? Map.of() : store.getAll(keys, storeConsistency(consistency));
        result.replaceAll((guid, cached) -> {
            if (cached != null) {
                return cached;
            }
            KeyValue kv = found.get(Keys.object(model, guid));
            if (kv == null) {
                forgetIfStrong(model, guid, consistency);
                return null;
            }
            return decoded(model, guid, kv);
        });
        result.values().removeIf(Objects::isNull);
        return result;
    }

    /** A linearizable read that finds nothing outranks what the near cache remembers. */
    private void forgetIfStrong(HybridModel model, String guid, Consistency consistency) {
        if (near != null && consistency == Consistency.STRONG) {
            near.forget(model, guid);
        }
    }

    /** Offers what a write path read fresh (its own linearizable multi-get), or forgets what it found gone; returns the decoded snapshot or null. */
    public Snapshot observed(HybridModel model, String guid, KeyValue kv) {
        if (kv != null) {
            return decoded(model, guid, kv);
        }
        forgetIfStrong(model, guid, Consistency.STRONG);
        return null;
    }

    private Snapshot decoded(HybridModel model, String guid, KeyValue kv) {
        Snapshot snapshot = DocumentCodec.decode(model, kv);
        if (near != null) {
            near.offer(guid, snapshot);
        }
        return snapshot;
    }

    private static ReadConsistency storeConsistency(Consistency consistency) {
        return consistency == Consistency.STRONG ? ReadConsistency.LINEARIZABLE : ReadConsistency.SERIALIZABLE;
    }

    /** Current snapshots of the objects, by store key (absent: deleted), in one linearizable multi-get. */
    public Map<String, Snapshot> readFresh(List<ObjectState> states) {
        List<String> keys = new ArrayList<>(states.size());
        states.forEach(s -> keys.add(s.key()));
        Map<String, KeyValue> found = store.getAll(keys, ReadConsistency.LINEARIZABLE);
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        for (ObjectState s : states) {
            KeyValue kv = found.get(s.key());
            Snapshot snapshot = observed(s.model(), s.guid(), kv); // keeps this Dal's later reads at least this fresh
            if (snapshot != null) {
                snapshots.put(s.key(), snapshot);
            }
        }
        return snapshots;
    }

    /**
     * The guids of the children listed by a backref (one at most when one-to-one), in guid order,
     * from this process's copy while the generations of the relation and of the children's hybrid
     * are unchanged (the near cache's coherence); {@link #backrefGuids} reads the store.
     */
    public List<String> cachedBackrefGuids(BackrefModel backref, String targetGuid) {
        if (lists == null || backref.oneToOne()) {
            return backrefGuids(backref, targetGuid);
        }
        String prefix = Keys.reversePrefix(backref.relation(), targetGuid);
        HybridModel children = backref.source();
        // the members change only when a child's relation field changes or a child is created or deleted
        List<String> generations = List.of(Keys.generation(children, backref.relation().name()), Keys.membershipGeneration(children));
        return lists.get(prefix, generations, () -> scanGuids(prefix));
    }

    /** The guids of the children listed by a backref (one at most when one-to-one), in guid order, read from the store. */
    public List<String> backrefGuids(BackrefModel backref, String targetGuid) {
        if (backref.oneToOne()) {
            KeyValue kv = store.get(Keys.reverseOne(backref.relation(), targetGuid), ReadConsistency.LINEARIZABLE);
            return kv == null ? List.of() : List.of(new String(kv.value(), StandardCharsets.UTF_8));
        }
        return scanGuids(Keys.reversePrefix(backref.relation(), targetGuid));
    }

    /** The last segment (a guid) of every key under {@code prefix}, in key order, paging through. */
    public List<String> scanGuids(String prefix) {
        List<String> guids = new ArrayList<>();
        String after = null;
        ScanPage page;
        do {
            page = store.scan(prefix, after, SCAN_PAGE);
            for (KeyValue kv : page.entries()) {
                guids.add(Keys.guidOf(kv.key()));
            }
            after = page.lastKey();
        } while (page.more());
        return guids;
    }
}
