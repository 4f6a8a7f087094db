package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.object.HybridProxy;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.read.LazyDataList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The objects a {@code saveRecursive} reaches: relation targets loaded on an instance (saved
 * before it, since a child's save requires its target to exist) and backref members loaded
 * through it (saved after it). Follows only what is already loaded; never touches the store.
 */
final class RecursiveSave {

    private RecursiveSave() {
    }

    static void collect(ObjectState state, IdentityHashMap<ObjectState, Boolean> seen, List<ObjectState> order) {
        if (seen.put(state, Boolean.TRUE) != null) {
            return;
        }
        for (RelationModel r : state.model().relations()) {
            DataObject target = state.loadedTarget(r.index());
            if (target != null && target.getGuid().equals(state.values()[r.index()])) {
                collect(((HybridProxy) target).$$hybridState(), seen, order);
            }
        }
        order.add(state);
        DataList<?>[] lists = state.loadedBackrefLists();
        if (lists == null) {
            return;
        }
        for (DataList<?> list : lists) {
            if (list instanceof LazyDataList<?> lazy) {
                for (DataObject member : lazy.loadedMembers()) {
                    collect(((HybridProxy) member).$$hybridState(), seen, order);
                }
            }
        }
    }
}
