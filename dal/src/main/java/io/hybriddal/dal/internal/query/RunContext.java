package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.read.PendingObject;
import io.hybriddal.dal.internal.read.PendingWrites;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one query run: snapshots of related objects, read in one multi-get per relation
 * level per page of candidates and kept for the run (so the pools of a million disks are read
 * once), and, per page, the instances whose dynamics a path reads. Reads go straight to the
 * persistent store at {@link ReadConsistency#LINEARIZABLE}: a result computed from a near cache
 * lagging behind the generations read before it could be cached under the new generations.
 * Inside a transaction, related objects it saves or deletes are read as it leaves them.
 * Not thread-safe; one per run.
 */
final class RunContext {

    /** Beyond this many cached related snapshots the cache starts over (bounded memory on huge runs). */
    static final int MAX_TARGETS = 50_000;

    private static final Snapshot MISSING = Snapshot.of(null, 0, 0, new Object[0], Map.of());
    /** Stands for a related document that could not be decoded; its error is in {@link #corrupt}, thrown when a row reads it. */
    private static final Snapshot CORRUPT = Snapshot.of(null, 0, 0, new Object[0], Map.of());

    private final PersistentStore store;
    private final ObjectAccess objects;
    private final QueryPlan plan;
    private final PendingWrites tx;
    /** Hybrids a run crosses, expected: a handful (a default identity map allocates 64 slots, and clear() fills them every page). */
    private static final int HYBRIDS = 4;

    private final Map<HybridModel, Map<String, Snapshot>> targets = new IdentityHashMap<>(HYBRIDS);
    private int targetCount;
    private final Map<String, CorruptDataException> corrupt = new HashMap<>();
    private final Map<HybridModel, Set<String>> pageGuids = new IdentityHashMap<>(HYBRIDS);
    private final Map<HybridModel, Map<String, DataObject>> pageObjects = new IdentityHashMap<>(HYBRIDS);

    /** @param tx the calling thread's pending writes, or null */
    RunContext(PersistentStore store, ObjectAccess objects, QueryPlan plan, PendingWrites tx) {
        this.store = store;
        this.objects = objects;
        this.plan = plan;
        this.tx = tx;
    }

    /** Prepares the evaluation of a page of candidates: prefetches every relation level its paths cross. */
    void startPage(List<String> guids, List<Snapshot> snapshots) {
        if (targetCount > MAX_TARGETS) {
            targets.clear();
            corrupt.clear();
            targetCount = 0;
        }
        pageGuids.clear();
        pageObjects.clear();
        if (plan.dynamicModels().contains(plan.model())) {
            pageGuids.put(plan.model(), new LinkedHashSet<>(guids));
        }
        for (List<RelationModel> chain : plan.chains()) {
            List<Snapshot> level = snapshots;
            for (RelationModel hop : chain) {
                Set<String> reached = new LinkedHashSet<>();
                for (Snapshot s : level) {
                    Object target = s.values()[hop.index()];
                    if (target != null) {
                        reached.add((String) target);
                    }
                }
                Map<String, Snapshot> cached = targets.computeIfAbsent(hop.target(), m -> new HashMap<>());
                List<String> missing = new ArrayList<>();
                for (String g : reached) {
                    if (!cached.containsKey(g)) {
                        missing.add(g);
                    }
                }
                fetch(hop.target(), missing);
                if (plan.dynamicModels().contains(hop.target())) {
                    pageGuids.computeIfAbsent(hop.target(), m -> new LinkedHashSet<>()).addAll(reached);
                }
                List<Snapshot> next = new ArrayList<>(reached.size());
                for (String g : reached) {
                    Snapshot s = cached.get(g);
                    if (s != MISSING && s != CORRUPT) {
                        next.add(s);
                    }
                }
                level = next;
            }
        }
    }

    private void fetch(HybridModel model, List<String> guids) {
        if (guids.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(guids.size());
        guids.forEach(g -> keys.add(Keys.object(model, g)));
        Map<String, KeyValue> found = store.getAll(keys, ReadConsistency.LINEARIZABLE);
        Map<String, Snapshot> cached = targets.computeIfAbsent(model, m -> new HashMap<>());
        for (int i = 0; i < guids.size(); i++) {
            KeyValue kv = found.get(keys.get(i));
            PendingObject pending = tx == null ? null : tx.find(model, guids.get(i));
            Snapshot snapshot;
            try {
                snapshot = pending != null ? (pending.deleted() ? MISSING : pending.asSnapshot())
                        : kv == null ? MISSING : DocumentCodec.decode(model, kv);
            } catch (CorruptDataException e) {
                corrupt.put(kv.key(), e);
                snapshot = CORRUPT;
            }
            cached.put(guids.get(i), snapshot);
        }
        targetCount += guids.size();
    }

    /**
     * The snapshot of a related object, or null when it does not exist.
     *
     * @throws CorruptDataException when its document cannot be decoded
     */
    Snapshot target(HybridModel model, String guid) {
        Map<String, Snapshot> cached = targets.get(model);
        Snapshot s = cached == null ? null : cached.get(guid);
        if (s == null) { // not prefetched (the cache started over): read it alone
            fetch(model, List.of(guid));
            s = targets.get(model).get(guid);
        }
        if (s == CORRUPT) {
            throw corrupt.get(Keys.object(model, guid));
        }
        return s == MISSING ? null : s;
    }

    /** The value of a dynamic of an object of this page, or {@link Row#ABSENT} when the object is gone. */
    Object dynamic(HybridModel model, String guid, DynamicModel dynamic) {
        Map<String, DataObject> loaded = pageObjects.computeIfAbsent(model, m -> new HashMap<>());
        if (!loaded.containsKey(guid)) {
            Set<String> batch = pageGuids.computeIfAbsent(model, m -> new LinkedHashSet<>());
            batch.add(guid);
            List<String> wanted = new ArrayList<>();
            batch.forEach(g -> {
                if (!loaded.containsKey(g)) {
                    wanted.add(g);
                }
            });
            Map<String, DataObject> fresh = objects.load(model, wanted);
            wanted.forEach(g -> loaded.put(g, fresh.get(g)));
        }
        DataObject object = loaded.get(guid);
        return object == null ? Row.ABSENT : objects.dynamic(object, dynamic);
    }
}
