package io.hybriddal.dal.spi.support;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One watch on a {@link WatchHub}: filters by prefix and delivers on the hub's delivery thread, in order. */
final class LocalWatch implements StoreWatch {

    private static final Logger LOG = LoggerFactory.getLogger(LocalWatch.class);

    private final String prefix;
    private final Object origin;
    private final WatchListener listener;
    private final Consumer<LocalWatch> onClose;
    private final Executor delivery;
    private final BooleanSupplier applying;
    private volatile boolean closed;
    /** Deliveries handed to the delivery thread, and those it finished: equal when nothing is pending ({@link #caughtUp}). */
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();

    /**
     * @param origin   whose commits the hub leaves out of this watch, or null
     * @param delivery the hub's single delivery thread, shared by its watches (one wake-up per commit, not one per watch)
     * @param applying whether the store is applying a commit it has not handed on yet ({@link WatchHub#applying})
     */
    LocalWatch(String prefix, Object origin, WatchListener listener, Consumer<LocalWatch> onClose, Executor delivery,
               BooleanSupplier applying) {
        this.applying = applying;
        this.prefix = prefix;
        this.origin = origin;
        this.listener = listener;
        this.onClose = onClose;
        this.delivery = delivery;
    }

    /** @param changes immutable: handed on as they are when all are under the prefix (a watch on everything) */
    void offer(long revision, List<KeyChange> changes) {
        if (closed) {
            return;
        }
        List<KeyChange> batch = underPrefix(changes);
        if (!batch.isEmpty()) {
            submit(() -> deliver(() -> listener.onChanges(batch)));
        }
    }

    private List<KeyChange> underPrefix(List<KeyChange> changes) {
        int size = changes.size();
        for (int i = 0; i < size; i++) {
            if (!changes.get(i).key().startsWith(prefix)) {
                List<KeyChange> mine = new ArrayList<>(size - 1);
                mine.addAll(changes.subList(0, i));
                for (int j = i + 1; j < size; j++) {
                    KeyChange change = changes.get(j);
                    if (change.key().startsWith(prefix)) {
                        mine.add(change);
                    }
                }
                return List.copyOf(mine);
            }
        }
        return changes;
    }

    Object origin() {
        return origin;
    }

    @Override
    public boolean leavesOutOwnCommits() {
        return origin != null;
    }

    void compacted(long compactRevision) {
        submit(() -> deliver(() -> listener.onCompacted(compactRevision)));
    }

    /**
     * A hub closed while a commit is publishing simply drops the delivery; the writer never sees
     * it. Called under the store's commit lock, so a commit's delivery is counted before the
     * commit returns.
     */
    private void submit(Runnable task) {
        submitted.incrementAndGet();
        try {
            delivery.execute(task);
        } catch (RejectedExecutionException closedMeanwhile) {
            // closed between the check and the hand-off: nothing to deliver any more
            finished.incrementAndGet();
        }
    }

    private void deliver(Runnable call) {
        try {
            if (!closed) {
                call.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("watch listener on prefix [{}] threw; delivery continues", prefix, e);
        } finally {
            finished.incrementAndGet();
        }
    }

    /**
     * True when no commit is being applied and every delivery handed on so far has finished:
     * each commit hands its delivery on before it returns (and before a read can see it, or
     * while the hub says it is applying), so nothing committed before this call is still to come.
     */
    @Override
    public boolean caughtUp() {
        if (closed || applying.getAsBoolean()) { // first: once false, the counts below include the commit it was
            return false;
        }
        long handedOn = submitted.get();
        return finished.get() >= handedOn;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            onClose.accept(this);
        }
    }
}
