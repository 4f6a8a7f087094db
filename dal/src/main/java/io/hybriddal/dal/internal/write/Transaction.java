package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.read.PendingObject;
import io.hybriddal.dal.internal.read.PendingWrites;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The saves and deletes of one {@code inTransaction} block on one thread, committed together.
 * A later save or delete of the same object replaces the earlier one. Reads on the thread see
 * these writes ({@link PendingWrites}). Not thread-safe.
 */
final class Transaction implements PendingWrites {

    private final WriteExecutor executor;
    private final Map<String, ObjectWrite> writes = new LinkedHashMap<>();

    Transaction(WriteExecutor executor) {
        this.executor = executor;
    }

    void save(ObjectState state) {
        if (writes.get(state.key()) instanceof DeleteWrite) {
            throw new ObjectNotFoundException("cannot save " + state.describe() + ": this transaction already deletes it");
        }
        ObjectWrite earlier = writes.remove(state.key());
        if (earlier instanceof SaveWrite && earlier.state() != state) {
            writes.put(state.key(), earlier);
            throw new IllegalStateException("cannot save " + state.describe() + " from a second instance in one transaction: the"
                    + " changes saved through the first would be lost; change it through one instance (reads inside the"
                    + " transaction return the one that was saved)");
        }
        writes.put(state.key(), executor.pendingSave(state, state.values()));
    }

    void delete(ObjectState state, Set<String> abandon) {
        writes.remove(state.key());
        writes.put(state.key(), executor.pendingDelete(state, abandon));
    }

    List<PendingWrite> writes() {
        return new ArrayList<>(writes.values());
    }

    @Override
    public PendingObject find(HybridModel model, String guid) {
        ObjectWrite write = writes.get(Keys.object(model, guid));
        return write == null ? null : pending(write);
    }

    @Override
    public List<PendingObject> saved(HybridModel model) {
        List<PendingObject> saved = new ArrayList<>();
        for (ObjectWrite write : writes.values()) {
            if (write instanceof SaveWrite && write.state().model().name().equals(model.name())) {
                saved.add(pending(write));
            }
        }
        return saved;
    }

    private static PendingObject pending(ObjectWrite write) {
        ObjectState state = write.state();
        Object[] values = write instanceof SaveWrite save ? save.local() : null;
        return new PendingObject(state.model(), state.guid(), state.loadedSnapshot(), values, state.hasGivenGuid(), state.self());
    }
}
