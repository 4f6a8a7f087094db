package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.LinkedObjectException;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.read.Documents;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deleting one object: its document and derived keys, guarded by its revision and by its link
 * stamp (so that no child can link to it between the backref check and the commit), and, for
 * abandoned backrefs, the unlinking of every child in the same commit.
 */
final class DeleteWrite extends ObjectWrite {

    private final Set<String> abandon;
    private final PersistentStore store;
    private final Documents documents;
    private final List<ObjectRef> unlinked = new ArrayList<>();
    private boolean nothingToDelete;

    /** An object whose dynamics must be dropped after the commit. */
    record ObjectRef(HybridModel model, String guid) {
    }

    DeleteWrite(ObjectState state, Set<String> abandon, PersistentStore store, Documents documents) {
        super(state);
        this.abandon = Set.copyOf(abandon);
        this.store = store;
        this.documents = documents;
    }

    List<ObjectRef> unlinked() {
        return unlinked;
    }

    @Override
    public void contribute(CommitAssembly commit, Map<String, Snapshot> fresh) {
        unlinked.clear();
        nothingToDelete = state.isNew();
        if (nothingToDelete) {
            return;
        }
        Snapshot base = fresh == null ? state.loadedSnapshot() : fresh.get(key());
        if (base == null) {
            nothingToDelete = true; // already gone: deleting twice is a no-op
            return;
        }
        HybridModel model = state.model();
        KeyValue stamp = store.get(Keys.linkStamp(model, state.guid()), ReadConsistency.LINEARIZABLE);
        commit.guard(key(), base.revision(), Purpose.of(Purpose.Kind.OWN, this));
        commit.guard(Keys.linkStamp(model, state.guid()), stamp == null ? 0 : stamp.modRevision(), Purpose.of(Purpose.Kind.LINK, this));
        commit.delete(key());
        commit.delete(Keys.linkStamp(model, state.guid()));
        DerivedKeys.diff(model, state.guid(), base.values(), null, commit, this);
        for (BackrefModel backref : model.incomingBackrefs()) {
            List<String> children = remaining(backref, documents.backrefGuids(backref, state.guid()), commit);
            if (children.isEmpty()) {
                continue;
            }
            if (!abandon.contains(backref.name()) && !abandon.contains("*")) {
                throw new LinkedObjectException("cannot delete " + describe() + ": backref '" + backref.name() + "' still lists "
                        + children.size() + (children.size() == 1 ? " object" : " objects") + " (" + backref.source().name()
                        + "." + backref.relation().name() + "); delete them first or abandon the backref with delete(\""
                        + backref.name() + "\")", backref.name(), children.size());
            }
            unlink(backref, children, commit);
        }
    }

    /**
     * The stored children that still point here once the commit applies: those it deletes, or
     * saves pointing elsewhere, are gone (the backref check and the abandon see the transaction's own writes).
     */
    private List<String> remaining(BackrefModel backref, List<String> stored, CommitAssembly commit) {
        List<String> children = new ArrayList<>(stored.size());
        for (String child : stored) {
            PendingWrite write = commit.writeOf(Keys.object(backref.source(), child));
            boolean leaves = write instanceof DeleteWrite
                    || (write instanceof SaveWrite save && save.unlinks(backref.relation(), state.guid()));
            if (!leaves) {
                children.add(child);
            }
        }
        return children;
    }

    private void unlink(BackrefModel backref, List<String> children, CommitAssembly commit) {
        RelationModel relation = backref.relation();
        if (relation.mandatory()) {
            throw new LinkedObjectException("cannot abandon backref '" + backref.name() + "' of " + describe() + ": relation "
                    + backref.source().name() + "." + relation.name() + " is mandatory, so its " + children.size()
                    + " object(s) cannot be unlinked; nothing was changed", backref.name(), children.size());
        }
        HybridModel source = backref.source();
        Map<String, Snapshot> snapshots = documents.readAll(source, children, Consistency.STRONG);
        for (Map.Entry<String, Snapshot> e : snapshots.entrySet()) {
            Snapshot child = e.getValue();
            Object[] values = child.values().clone();
            values[relation.index()] = null;
            String childKey = Keys.object(source, e.getKey());
            if (commit.writeOf(childKey) instanceof SaveWrite) {
                // Unlinking it here would overwrite that save (or the save would relink it to a deleted object).
                throw new LinkedObjectException("cannot abandon backref '" + backref.name() + "' of " + describe() + ": this"
                        + " transaction also saves " + source.name() + " " + e.getKey() + ", which points at it; set its "
                        + relation.name() + " to null or elsewhere before saving it, or delete it; nothing was changed",
                        backref.name(), children.size());
            }
            commit.guard(childKey, child.revision(), Purpose.of(Purpose.Kind.SIDE, this));
            commit.put(childKey, DocumentCodec.encode(source, child.version() + 1, values, child.extras()));
            DerivedKeys.diff(source, e.getKey(), child.values(), values, commit, this);
            unlinked.add(new ObjectRef(source, e.getKey()));
        }
    }

    /** Whether the last attempt deleted the object (false when it was new or already gone). */
    boolean deleted() {
        return !nothingToDelete;
    }

    @Override
    public void complete(long revision) {
        if (!nothingToDelete) {
            state.markDeleted();
        }
    }
}
