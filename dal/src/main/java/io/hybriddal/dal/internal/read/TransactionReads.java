package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** How the pending writes of the thread's transaction change what the store lists. */
final class TransactionReads {

    private TransactionReads() {
    }

    /**
     * The children of a backref once the transaction is applied to the {@code stored} ones, in
     * guid order: children it deletes or moves to another target are left out, children it saves
     * pointing at {@code targetGuid} are in.
     */
    static List<String> backref(PendingWrites tx, BackrefModel backref, String targetGuid, List<String> stored) {
        HybridModel source = backref.source();
        int slot = backref.relation().index();
        TreeSet<String> children = new TreeSet<>();
        for (String guid : stored) {
            PendingObject pending = tx.find(source, guid);
            if (pending == null) {
                children.add(guid);
            }
        }
        for (PendingObject saved : tx.saved(source)) {
            if (targetGuid.equals(saved.values()[slot])) {
                children.add(saved.guid());
            }
        }
        return new ArrayList<>(children);
    }
}
