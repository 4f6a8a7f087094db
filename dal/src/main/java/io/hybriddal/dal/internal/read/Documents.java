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
        long since = readStart();
        KeyValue kv = store.get(Keys.object(model, guid), storeConsistency(consistency));
        if (kv == null) {
            forgetIfStrong(model, guid, consistency);
            return null;
        }
        return decoded(model, guid, kv, since);
    }

    /** The stored objects among {@code guids}, by guid, in the given order; at most one multi-get. */
    public Map<String, Snapshot> readAll(HybridModel model, Collection<String> guids, Consistency consistency) {
        List<String> list = List.copyOf(guids);
        Snapshot[] read = readPage(model, list, consistency);
        Map<String, Snapshot> result = new LinkedHashMap<>(list.size() * 2);
        for (int i = 0; i < read.length; i++) {
            if (read[i] != null) {
                result.put(list.get(i), read[i]);
            }
        }
        return result;
    }

    /** The stored objects of {@code guids}, aligned with them (null where one is missing); at most one multi-get. */
    public Snapshot[] readPage(HybridModel model, List<String> guids, Consistency consistency) {
        Snapshot[] result = new Snapshot[guids.size()];
        List<String> keys = null;
        boolean useNear = near != null && consistency == Consistency.CACHED;
        for (int i = 0; i < result.length; i++) {
            result[i] = useNear ? near.get(model, guids.get(i)) : null;
            if (result[i] == null) {
                if (keys == null) {
                    keys = new ArrayList<>(result.length - i);
                }
                keys.add(Keys.object(model, guids.get(i)));
            }
        }
        if (keys == null) {
            return result;
        }
        long since = readStart();
        Map<String, KeyValue> found = store.getAll(keys, storeConsistency(consistency));
        for (int i = 0, k = 0; i < result.length; i++) {
            if (result[i] == null) {
                String guid = guids.get(i);
                KeyValue kv = found.get(keys.get(k++));
                if (kv == null) {
                    forgetIfStrong(model, guid, consistency);
                } else {
                    result[i] = decoded(model, guid, kv, since);
                }
            }
        }
        return result;
    }

    /**
     * The page {@code page} of a kept list, {@code guids}, read as {@link #readPage} with
     * {@link Consistency#CACHED}: the snapshots it was last read from while no object of
     * {@code model} changed in the near cache since (and the near cache serves), else read now and
     * kept for the next time. The array returned may be shared: read it, never change it.
     */
    public Snapshot[] readKept(HybridModel model, Kept kept, int page, List<String> guids) {
        if (kept == null || near == null || !near.serving()) {
            return readPage(model, guids, Consistency.CACHED);
        }
        long stamp = near.stamp(model); // before gathering: a change meanwhile leaves the kept page behind the stamp
        Snapshot[] reused = kept.snapshots(page, stamp);
        if (reused != null) {
            return reused;
        }
        Snapshot[] read = readPage(model, guids, Consistency.CACHED);
        kept.keep(page, stamp, read);
        return read;
    }

    /** A linearizable read that finds nothing outranks what the near cache remembers. */
    private void forgetIfStrong(HybridModel model, String guid, Consistency consistency) {
        if (near != null && consistency == Consistency.STRONG) {
            near.forget(model, guid);
        }
    }

    /** Offers what a write path read fresh (its own linearizable multi-get), or forgets what it found gone; returns the decoded snapshot or null. */
    private Snapshot observed(HybridModel model, String guid, KeyValue kv, long since) {
        if (kv != null) {
            return decoded(model, guid, kv, since);
        }
        forgetIfStrong(model, guid, Consistency.STRONG);
        return null;
    }

    private Snapshot decoded(HybridModel model, String guid, KeyValue kv, long since) {
        Snapshot snapshot = DocumentCodec.decode(model, kv);
        if (near != null) {
            near.offer(guid, snapshot, since);
        }
        return snapshot;
    }

    /**
     * Where the near cache stood before a read, for {@link NearCache#offer}; 0 without one. A
     * serializable read is no older than this either: the store reported it first
     * ({@link ReadConsistency#SERIALIZABLE}), so even a lagging member's answer holds every change
     * the near cache had applied.
     */
    private long readStart() {
        return near == null ? 0 : near.lastRevision();
    }

    private static ReadConsistency storeConsistency(Consistency consistency) {
        return consistency == Consistency.STRONG ? ReadConsistency.LINEARIZABLE : ReadConsistency.SERIALIZABLE;
    }

    /** Current snapshots of the objects, by store key (absent: deleted), in one linearizable multi-get. */
    public Map<String, Snapshot> readFresh(List<ObjectState> states) {
        List<String> keys = new ArrayList<>(states.size());
        states.forEach(s -> keys.add(s.key()));
        long since = readStart();
        Map<String, KeyValue> found = store.getAll(keys, ReadConsistency.LINEARIZABLE);
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        for (ObjectState s : states) {
            KeyValue kv = found.get(s.key());
            Snapshot snapshot = observed(s.model(), s.guid(), kv, since); // keeps this Dal's later reads at least this fresh
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
    public Kept cachedBackrefGuids(BackrefModel backref, String targetGuid) {
        if (lists == null || backref.oneToOne()) {
            return new Kept(backrefGuids(backref, targetGuid));
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
