package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.Change;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.object.HybridProxy;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.read.ObjectLoader;
import io.hybriddal.dal.internal.write.GuardedCommits;
import java.util.Map;

/**
 * The instance a step works on: for a CREATE a new object with the step's values, for an UPDATE
 * the stored object with the step's values set (unsaved), for a DELETE the stored object. The
 * planner validates these, reconcilers get them, and the apply saves or deletes them: an instance
 * built from the snapshot the plan read is guarded by that snapshot's revision when committed.
 */
final class Instances {

    private final ObjectLoader loader;

    Instances(ObjectLoader loader) {
        this.loader = loader;
    }

    /** @param stored the stored object (null for a CREATE) */
    DataObject build(Step step, Snapshot stored) {
        if (step.action() == PlanAction.CREATE) {
            return withAfter(loader.create(step.model(), step.guid(), true), step);
        }
        DataObject instance = loader.instance(step.model(), step.guid(), stored);
        return step.action() == PlanAction.UPDATE ? withAfter(instance, step) : instance;
    }

    /** A new instance of a CREATE step, for the reconcilers' aborts of a pending plan whose object is gone. */
    DataObject detached(Step step) {
        return withAfter(loader.create(step.model(), step.guid(), true), step);
    }

    /**
     * The write that undoes a committed step, from the object's current state: a created object
     * deleted, updated members set back, a deleted object created again with its stored members;
     * null when there is nothing to undo (already undone).
     */
    GuardedCommits.Entry undo(Step step, Snapshot current) {
        switch (step.action()) {
            case CREATE -> {
                return current == null ? null : new GuardedCommits.Entry(state(loader.instance(step.model(), step.guid(), current)), true);
            }
            case UPDATE -> {
                if (current == null) {
                    return null;
                }
                ObjectState state = state(loader.instance(step.model(), step.guid(), current));
                step.changes().forEach((name, change) -> set(state, step.model().field(name), change.before()));
                return new GuardedCommits.Entry(state, false);
            }
            default -> {
                if (current != null) {
                    return null;
                }
                ObjectState state = state(loader.create(step.model(), step.guid(), true));
                step.changes().forEach((name, change) -> set(state, step.model().field(name), change.before()));
                return new GuardedCommits.Entry(state, false);
            }
        }
    }

    private static DataObject withAfter(DataObject instance, Step step) {
        ObjectState state = state(instance);
        for (Map.Entry<String, Change> e : step.changes().entrySet()) {
            set(state, step.model().field(e.getKey()), e.getValue().after());
        }
        return instance;
    }

    /** Sets a member by slot, a relation by target guid (the commit checks that the target exists). */
    static void set(ObjectState state, FieldModel field, Object value) {
        if (field instanceof PropertyModel) {
            state.setValue(field.index(), value);
        } else {
            state.setRelationGuid(field.index(), (String) value);
        }
    }

    static ObjectState state(DataObject instance) {
        return ((HybridProxy) instance).$$hybridState();
    }
}
