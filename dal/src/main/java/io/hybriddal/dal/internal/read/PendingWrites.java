package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.internal.model.HybridModel;
import java.util.List;

/**
 * The saves and deletes of the calling thread's transaction, as reads see them: the transaction
 * reads its own writes. Not thread-safe (one transaction, one thread).
 */
public interface PendingWrites {

    /** What the transaction does to the object, or null when it neither saves nor deletes it. */
    PendingObject find(HybridModel model, String guid);

    /** The objects of {@code model} (matched by hybrid name) that the transaction saves. */
    List<PendingObject> saved(HybridModel model);

    /** Where reads find the calling thread's transaction. */
    @FunctionalInterface
    interface View {

        /** No transactions ever: reads go to the store alone. */
        View NONE = () -> null;

        /** The pending writes of the calling thread's transaction, or null outside one. Cheap outside transactions. */
        PendingWrites current();
    }
}
