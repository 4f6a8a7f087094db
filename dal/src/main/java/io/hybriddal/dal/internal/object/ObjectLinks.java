package io.hybriddal.dal.internal.object;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.RelationModel;

/**
 * What an instance loaded through its links: relation targets (loaded once per target guid, until
 * {@code discard()}) and the backref lists it handed out (for {@code saveRecursive}). Created on
 * the first link an instance follows; most loaded objects never follow one. Not thread-safe.
 */
final class ObjectLinks {

    private final ObjectState state;
    private DataObject[] targets;
    private DataList<?>[] backrefLists;
    /** How backrefs are read: STRONG when the instance was loaded so (DESIGN.md "Freshness"). */
    private Consistency backrefConsistency = Consistency.CACHED;

    ObjectLinks(ObjectState state) {
        this.state = state;
    }

    void readBackrefsStrongly() {
        backrefConsistency = Consistency.STRONG;
    }

    /** The target of the relation in {@code slot}, which points at {@code targetGuid}. */
    DataObject target(int slot, String targetGuid) {
        DataObject cached = targets == null ? null : targets[slot];
        if (cached != null && cached.getGuid().equals(targetGuid)) {
            return cached;
        }
        HybridModel model = state.model();
        RelationModel relation = (RelationModel) model.field(slot);
        DataObject object = state.context().reads().loadOrNull(relation.target(), targetGuid, Consistency.CACHED);
        if (object == null) {
            throw new ObjectNotFoundException("relation '" + relation.name() + "' of " + state.describe()
                    + " points at " + relation.target().name() + " " + targetGuid + ", which does not exist");
        }
        remember(slot, object);
        return object;
    }

    /** Remembers the object a relation was set to (null: none known, load on use). */
    void remember(int slot, DataObject target) {
        if (targets == null) {
            if (target == null) {
                return;
            }
            targets = new DataObject[state.model().fields().size()];
        }
        targets[slot] = target;
    }

    DataObject loadedTarget(int slot) {
        return targets == null ? null : targets[slot];
    }

    /** The declared backref in getter {@code slot}: a list (remembered), or the one child (or null) when one-to-one. */
    Object backref(int slot) {
        BackrefModel backref = state.model().declaredBackrefs().get(slot);
        Object result = read(backref);
        if (result instanceof DataList<?> list) {
            if (backrefLists == null) {
                backrefLists = new DataList<?>[state.model().declaredBackrefs().size()];
            }
            backrefLists[slot] = list;
        }
        return result;
    }

    /** Any backref (declared or not), read afresh: a list, or the one child (or null) when one-to-one. */
    Object read(BackrefModel backref) {
        InstanceReads reads = state.context().reads();
        return backref.oneToOne() ? reads.oneToOneChild(backref, state.guid(), !state.isNew(), backrefConsistency)
                : reads.backrefList(backref, state.guid(), !state.isNew(), backrefConsistency);
    }

    DataList<?>[] loadedBackrefLists() {
        return backrefLists;
    }
}
