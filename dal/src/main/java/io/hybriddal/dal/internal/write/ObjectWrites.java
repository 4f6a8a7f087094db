package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.object.InstanceWrites;
import io.hybriddal.dal.internal.observe.Tracing;
import io.hybriddal.dal.internal.object.Liveness;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.read.Documents;
import io.hybriddal.dal.internal.read.PendingWrites;
import io.hybriddal.dal.spi.PersistentStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where saves and deletes of instances enter: checks first, then either an immediate commit or
 * the pending writes of the calling thread's transaction. Thread-safe; transactions are per thread.
 * Reads see the calling thread's transaction through {@link #current()}.
 */
public final class ObjectWrites implements InstanceWrites, PendingWrites.View {

    private final Documents documents;
    private final SaveChecks checks;
    private final WriteExecutor executor;
    private final ThreadLocal<Transaction> transaction = new ThreadLocal<>();
    /** Transactions open on any thread: while none is, reads skip the thread-local lookup. */
    private final AtomicInteger open = new AtomicInteger();
    private final Liveness liveness;
    private final Tracing tracing;

    /**
     * @param documents reads of stored state (refreshes, retries, the children a delete unlinks)
     * @param listener  told of every object a commit wrote or deleted
     * @param liveness  refuses writes once the Dal is closed
     * @param meters    where writes, retries, transactions and the fields decided by a conflict policy are counted
     * @param tracing   observes each save, delete and transaction
     */
    public ObjectWrites(PersistentStore store, Documents documents, SaveChecks checks, CommitListener listener, WriteLimits limits,
                        Liveness liveness, MeterRegistry meters, Tracing tracing, ModelRecording recording) {
        this.liveness = liveness;
        this.tracing = tracing;
        this.documents = documents;
        this.checks = checks;
        this.executor = new WriteExecutor(store, documents, listener, limits, meters, recording);
    }

    /** Guarded single-attempt commits of many objects, for plans. */
    public GuardedCommits guarded() {
        return new GuardedCommits(executor, checks);
    }

    /** Runs {@code work} as one transaction of the calling thread (joining an outer one). */
    public <R> R inTransaction(Supplier<R> work) {
        liveness.requireOpen();
        if (transaction.get() != null) {
            return work.get(); // nested: joins the outer transaction
        }
        if (!tracing.on()) {
            return transaction(work);
        }
        return tracing.of(Tracing.TRANSACTION, "transaction", null).observe(() -> transaction(work));
    }

    /** An outermost transaction: collects the writes of {@code work}, then commits them at once. */
    private <R> R transaction(Supplier<R> work) {
        Transaction tx = new Transaction(executor);
        transaction.set(tx);
        open.incrementAndGet();
        boolean committed = false;
        try {
            R result;
            try {
                result = work.get();
            } finally {
                open.decrementAndGet();
                transaction.remove();
            }
            liveness.requireOpen();
            executor.execute(tx.writes());
            committed = true;
            return result;
        } finally {
            executor.transactionEnded(committed);
        }
    }

    @Override
    public PendingWrites current() {
        return ownTransaction();
    }

    /** The calling thread's transaction, or null; without the thread-local lookup while none is open anywhere. */
    private Transaction ownTransaction() {
        return open.get() == 0 ? null : transaction.get();
    }

    @Override
    public void save(ObjectState state) {
        liveness.requireOpen();
        checks.check(state);
        Transaction tx = ownTransaction();
        if (!state.isNew() && !state.isDirty()) {
            if (tx == null) {
                refresh(state);
            }
            return;
        }
        if (tx != null) {
            tx.save(state);
        } else if (!tracing.on()) {
            executor.save(state, state.values());
        } else {
            tracing.of(Tracing.SAVE, "save " + state.model().name(), state.model().name(), state.guid())
                    .observe(() -> executor.save(state, state.values()));
        }
    }

    /** A save without local changes writes nothing but brings the instance up to the stored state. */
    private void refresh(ObjectState state) {
        Snapshot stored = documents.read(state.model(), state.guid(), Consistency.STRONG);
        if (stored == null) {
            throw new ObjectNotFoundException("cannot save " + state.describe() + ": it was deleted from the store");
        }
        state.absorb(stored, state.values().clone());
    }

    @Override
    public void saveRecursive(ObjectState root) {
        liveness.requireOpen();
        List<ObjectState> order = new ArrayList<>();
        RecursiveSave.collect(root, new IdentityHashMap<>(), order);
        inTransaction(() -> {
            for (ObjectState s : order) {
                if (s.isNew() || s.isDirty()) {
                    save(s);
                }
            }
            return null;
        });
    }

    @Override
    public void delete(ObjectState state, String[] abandon) {
        liveness.requireOpen();
        Set<String> names = new LinkedHashSet<>(Arrays.asList(abandon));
        for (String name : names) {
            if (!name.equals("*") && state.model().backref(name) == null) {
                throw new IllegalArgumentException("cannot abandon '" + name + "' of " + state.describe() + ": "
                        + state.model().name() + " has no such backref; its backrefs: "
                        + state.model().incomingBackrefs().stream().map(BackrefModel::name).toList());
            }
        }
        Transaction tx = ownTransaction();
        if (tx != null) {
            tx.delete(state, names);
        } else if (!tracing.on()) {
            executor.delete(state, names);
        } else {
            tracing.of(Tracing.DELETE, "delete " + state.model().name(), state.model().name(), state.guid())
                    .observe(() -> executor.delete(state, names));
        }
    }
}
