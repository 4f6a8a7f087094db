package io.hybriddal.cli;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves new objects in transactions of a fixed size, in the order they were added (targets are
 * created before the objects pointing at them, so every commit finds its targets). Call
 * {@link #flush()} at the end.
 */
final class Batches {

    private final Dal dal;
    private final int size;
    private final List<DataObject> pending = new ArrayList<>();
    private long saved;
    private int transactions;

    Batches(Dal dal, int size) {
        this.dal = dal;
        this.size = size;
    }

    /**
     * Queues {@code object}, which the caller configures right after this call: a full batch is
     * therefore flushed before adding, never with the object just handed back.
     */
    <T extends DataObject> T add(T object) {
        if (pending.size() >= size) {
            flush();
        }
        pending.add(object);
        return object;
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<DataObject> batch = List.copyOf(pending);
        pending.clear();
        dal.inTransaction(() -> batch.forEach(DataObject::save));
        saved += batch.size();
        transactions++;
    }

    long saved() {
        return saved;
    }

    int transactions() {
        return transactions;
    }
}
