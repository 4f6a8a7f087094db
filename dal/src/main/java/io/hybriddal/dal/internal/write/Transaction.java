package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.internal.object.ObjectState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The saves and deletes of one {@code inTransaction} block on one thread, committed together.
 * A later save or delete of the same object replaces the earlier one. Not thread-safe.
 */
final class Transaction {

    private final WriteExecutor executor;
    private final Map<String, PendingWrite> writes = new LinkedHashMap<>();
    private final Map<String, Boolean> deletes = new LinkedHashMap<>();

    Transaction(WriteExecutor executor) {
        this.executor = executor;
    }

    void save(ObjectState state) {
        if (Boolean.TRUE.equals(deletes.get(state.key()))) {
            throw new ObjectNotFoundException("cannot save " + state.describe() + ": this transaction already deletes it");
        }
        writes.remove(state.key());
        writes.put(state.key(), executor.pendingSave(state, state.values()));
    }

    void delete(ObjectState state, Set<String> abandon) {
        writes.remove(state.key());
        deletes.put(state.key(), true);
        writes.put(state.key(), executor.pendingDelete(state, abandon));
    }

    List<PendingWrite> writes() {
        return new ArrayList<>(writes.values());
    }
}
