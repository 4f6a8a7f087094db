package io.hybriddal.dal.internal.evolve;

import io.hybriddal.dal.IndexStatus;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.KeySpaceStates;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.write.ModelRecording;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.Condition;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ScanPage;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model as the store records it under {@code m/}, followed in memory: the state of every key
 * space ({@code m/space/<id>} → {@code READY|BUILDING|ABSENT}), learnt at start by one scan and
 * then through a watch, so that queries ask it without a store read. Writes to the record happen
 * only in commits of objects ({@link #entries}) and in the migrator. Thread-safe.
 */
public final class ModelRecord implements KeySpaceStates, ModelRecording, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelRecord.class);

    static final String SPACE_PREFIX = "m/space/";
    static final String VERSION_KEY = "m/version";
    static final String MIGRATION_PREFIX = "m/migration/";
    static final String BUILD_PREFIX = "m/build/";
    static final String LOCK_KEY = "m/lock";

    private final PersistentStore store;
    private final Map<PropertyModel, KeySpace> unique = new IdentityHashMap<>();
    private final Map<PropertyModel, KeySpace> index = new IdentityHashMap<>();
    private final Map<RelationModel, KeySpace> reverse = new IdentityHashMap<>();
    private final Map<HybridModel, List<KeySpace>> byModel = new IdentityHashMap<>();
    private final Map<String, KeySpace> byId = new LinkedHashMap<>();
    /** Every record entry seen, declared or not: id → text (null: deleted) and revision. */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Hybrids whose every key space is recorded: their commits add nothing. */
    private final Set<HybridModel> complete = ConcurrentHashMap.newKeySet();
    private volatile StoreWatch watch;
    private volatile boolean closed;

    private record Entry(String text, long revision) {
    }

    /** Declares the key spaces of {@code models} and reads what the store records (a scan; nothing written). */
    public ModelRecord(PersistentStore store, Collection<HybridModel> models) {
        this.store = store;
        for (HybridModel model : models) {
            List<KeySpace> spaces = new ArrayList<>();
            for (PropertyModel p : model.properties()) {
                if (p.unique()) {
                    unique.put(p, add(spaces, new KeySpace(IndexStatus.Kind.UNIQUE, model, p)));
                }
                if (p.indexed()) {
                    index.put(p, add(spaces, new KeySpace(IndexStatus.Kind.INDEX, model, p)));
                }
            }
            for (RelationModel r : model.relations()) {
                reverse.put(r, add(spaces, new KeySpace(IndexStatus.Kind.REVERSE, model, r)));
            }
            byModel.put(model, List.copyOf(spaces));
        }
        long from = reread();
        watch = store.watch(SPACE_PREFIX, from, new Listener());
    }

    private KeySpace add(List<KeySpace> spaces, KeySpace space) {
        spaces.add(space);
        byId.put(space.id(), space);
        return space;
    }

    @Override
    public boolean uniqueReady(PropertyModel property) {
        KeySpace space = unique.get(property);
        return space != null && space.ready();
    }

    @Override
    public boolean indexReady(PropertyModel property) {
        KeySpace space = index.get(property);
        return space != null && space.ready();
    }

    @Override
    public boolean reverseReady(RelationModel relation) {
        KeySpace space = reverse.get(relation);
        return space != null && space.ready();
    }

    /**
     * The record entries for the hybrid's unrecorded key spaces: {@code READY} when no object of
     * it was ever created (its membership generation is absent, which the commit requires),
     * {@code ABSENT} otherwise; each required absent, so that concurrent first commits agree.
     */
    @Override
    public Entries entries(HybridModel model) {
        if (complete.contains(model)) {
            return null;
        }
        List<KeySpace> missing = new ArrayList<>();
        for (KeySpace space : byModel.getOrDefault(model, List.of())) {
            if (space.state() == null) {
                missing.add(space);
            }
        }
        if (missing.isEmpty()) {
            complete.add(model);
            return null;
        }
        String membership = Keys.membershipGeneration(model);
        boolean empty = store.get(membership) == null;
        List<Condition> conditions = new ArrayList<>();
        Map<String, byte[]> puts = new LinkedHashMap<>();
        if (empty) {
            conditions.add(Condition.absent(membership));
        }
        for (KeySpace space : missing) {
            conditions.add(Condition.absent(SPACE_PREFIX + space.id()));
            puts.put(SPACE_PREFIX + space.id(), bytes(space.recordValue(empty ? IndexStatus.State.READY : IndexStatus.State.ABSENT)));
        }
        return new Entries(conditions, puts);
    }

    @Override
    public void recorded(Entries recorded) {
        recorded.puts().forEach((key, value) -> {
            String id = key.substring(SPACE_PREFIX.length());
            if (!entries.containsKey(id)) {
                apply(id, new String(value, StandardCharsets.UTF_8), 0); // the watch brings the revision
            }
        });
    }

    @Override
    public void refused() {
        reread();
    }

    /** Reads the whole record again; returns the revision it is at least as new as. */
    long reread() {
        long revision = store.currentRevision();
        Set<String> seen = new HashSet<>();
        String after = null;
        ScanPage page;
        do {
            page = store.scan(SPACE_PREFIX, after, 1_000);
            for (KeyValue kv : page.entries()) {
                String id = kv.key().substring(SPACE_PREFIX.length());
                seen.add(id);
                apply(id, new String(kv.value(), StandardCharsets.UTF_8), kv.modRevision());
            }
            after = page.lastKey();
        } while (page.more() && after != null);
        for (String id : List.copyOf(entries.keySet())) {
            if (!seen.contains(id)) {
                apply(id, null, revision);
            }
        }
        return revision;
    }

    /** Takes an entry unless a newer one is known (a watch event may arrive after a newer scan). */
    private synchronized void apply(String id, String text, long revision) {
        Entry known = entries.get(id);
        if (known != null && known.revision() > revision) {
            return;
        }
        entries.put(id, new Entry(text, revision));
        KeySpace space = byId.get(id);
        if (space != null) {
            space.state(text == null ? null : IndexStatus.State.valueOf(text.split(" ", 2)[0]));
            if (text == null) {
                complete.remove(space.model());
            }
        }
    }

    /** Records {@code state} for {@code space} (the migrator, holding the lock). */
    void write(KeySpace space, IndexStatus.State state) {
        String key = SPACE_PREFIX + space.id();
        var result = store.commit(Commit.builder().put(key, bytes(space.recordValue(state))).build());
        apply(space.id(), space.recordValue(state), result.revision());
    }

    /** Deletes the record of an obsolete space (the migrator). */
    void forget(String id) {
        var result = store.commit(Commit.builder().delete(SPACE_PREFIX + id).build());
        apply(id, null, result.revision());
    }

    List<KeySpace> declared() {
        return List.copyOf(byId.values());
    }

    /** Spaces the store records for {@code hybrids} that this model does not declare. */
    List<Obsolete> obsolete(Set<String> hybrids) {
        List<Obsolete> found = new ArrayList<>();
        entries.forEach((id, entry) -> {
            String[] parts = id.split("/", 3);
            if (entry.text() != null && !byId.containsKey(id) && parts.length == 3 && hybrids.contains(parts[1])) {
                found.add(Obsolete.of(id, parts, entry.text()));
            }
        });
        found.sort(Comparator.comparing(Obsolete::id));
        return found;
    }

    PersistentStore store() {
        return store;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closed = true;
        StoreWatch w = watch;
        if (w != null) {
            w.close();
        }
    }

    /** Follows the record; after a lost or compacted watch, reads it again and watches on. */
    private final class Listener implements WatchListener {
        @Override
        public void onChanges(List<KeyChange> changes) {
            for (KeyChange change : changes) {
                String id = change.key().substring(SPACE_PREFIX.length());
                apply(id, change.isDelete() ? null : new String(change.value(), StandardCharsets.UTF_8), change.revision());
            }
        }

        @Override
        public void onCompacted(long compactRevision) {
            restart();
        }

        @Override
        public void onError(Throwable error) {
            LOG.warn("watch of the model record failed ({}); reading it again", error.toString());
            restart();
        }

        private void restart() {
            if (closed) {
                return;
            }
            try {
                StoreWatch old = watch;
                if (old != null) {
                    old.close();
                }
                watch = store.watch(SPACE_PREFIX, reread(), new Listener());
            } catch (RuntimeException e) {
                LOG.warn("cannot follow the model record: {}; queries scan where the record is unknown", e.toString());
            }
        }
    }
}
