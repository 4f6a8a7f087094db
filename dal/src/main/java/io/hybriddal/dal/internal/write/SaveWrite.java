package io.hybriddal.dal.internal.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.ObjectExistsException;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.model.ValueCodec;
import io.hybriddal.dal.internal.object.ObjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Saving one object: its document, guarded by the revision it was based on, and its derived keys. */
final class SaveWrite extends ObjectWrite {

    private final Object[] local;
    private final int maxDocumentBytes;
    private final ConflictLog conflicts;
    private final List<String> decided = new ArrayList<>();
    /** Why the guard on the object's own document is there: the same for every attempt. */
    private final Purpose own = Purpose.of(Purpose.Kind.OWN, this);
    private Snapshot base;
    private Object[] merged;
    private long newVersion;
    private boolean unchanged;

    /** @param local the instance's values when save() was called (copied) */
    SaveWrite(ObjectState state, Object[] local, int maxDocumentBytes, ConflictLog conflicts) {
        super(state);
        this.conflicts = conflicts;
        this.local = local.clone();
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** The values save() was called with (shared: do not change). */
    Object[] local() {
        return local;
    }

    /** Whether this save points {@code relation} away from {@code targetGuid}, where its instance had loaded it. */
    boolean unlinks(RelationModel relation, String targetGuid) {
        Snapshot loaded = state.loadedSnapshot();
        Object now = local[relation.index()];
        return loaded != null && !targetGuid.equals(now) && !ValueCodec.same(now, loaded.values()[relation.index()]);
    }

    @Override
    public void contribute(CommitAssembly commit, Map<String, Snapshot> fresh) {
        HybridModel model = state.model();
        unchanged = false;
        decided.clear(); // a retried attempt decides again from fresher state
        Snapshot stored = fresh == null ? null : fresh.get(key());
        if (state.isNew() && stored != null) {
            if (state.hasGivenGuid() && !sameValues(stored.values(), local)) {
                throw new ObjectExistsException("cannot create " + describe() + ": an object with this guid already exists"
                        + " with other values; nothing was written");
            }
            // Either a create whose reply was lost was applied after all (a generated guid is this
            // object's alone; someone may have changed it since), or the same object was already
            // imported: take the stored state as the result.
            base = stored;
            merged = stored.values();
            unchanged = true;
            return;
        }
        if (state.isNew()) {
            base = null;
            merged = local.clone();
            commit.guard(key(), 0, own);
        } else {
            base = fresh == null ? state.loadedSnapshot() : fresh.get(key());
            if (base == null) {
                throw new ObjectNotFoundException("cannot save " + describe() + ": it was deleted from the store");
            }
            merged = Merge.merge(model, state.loadedSnapshot().values(), local, base.values(), state.conflictPolicy(), this,
                    decided);
            if (fresh != null && sameValues(merged, base.values())) {
                unchanged = true; // the store already holds exactly this: nothing to write
                return;
            }
            commit.guard(key(), base.revision(), own);
        }
        newVersion = (base == null ? 0 : base.version()) + 1;
        Map<String, JsonNode> extras = base != null ? base.extras() : state.extras();
        byte[] document = DocumentReadBack.encode(state, newVersion, merged, extras);
        DocumentSize.require(state, document, merged, maxDocumentBytes);
        DocumentReadBack.require(state, document, !extras.isEmpty());
        commit.put(key(), document);
        DerivedKeys.diff(model, state.guid(), base == null ? null : base.values(), merged, commit, this);
    }

    /** Whether the last attempt wrote the document (false when the store already held it). */
    boolean wrote() {
        return !unchanged;
    }

    @Override
    public void complete(long revision) {
        for (String field : decided) {
            conflicts.decided(state.model().name(), state.guid(), field, state.conflictPolicy());
        }
        if (unchanged) {
            state.absorb(base, local);
        } else {
            state.absorb(Snapshot.of(state.model(), revision, newVersion, merged, base != null ? base.extras() : state.extras()), local);
        }
    }

    private static boolean sameValues(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!ValueCodec.same(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
}
