package io.hybriddal.integration;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import io.hybriddal.dal.spi.support.ForwardingWatchListener;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A persistent store wrapper that injects two faults of a real deployment into the store under
 * it (deterministically, where the real servers give them only by chance):
 * <ul>
 *   <li>a commit reply lost on the way back (a leader died after applying it): when armed, the
 *       next commits are applied by the real store and then reported as a {@link StoreException}
 *       whose outcome is unknown, as the etcd store reports a timeout;</li>
 *   <li>a slow watch: while held, watch events are queued (in order) instead of delivered, and
 *       {@link #releaseWatchEvents()} delivers them.</li>
 * </ul>
 * Everything else is delegated. Thread-safe; does not close the store under it.
 */
final class FaultyStore extends ForwardingPersistentStore {

    private final PersistentStore store;
    private final AtomicInteger lostReplies = new AtomicInteger();
    private final List<Runnable> heldEvents = new ArrayList<>();
    private boolean holding;

    FaultyStore(PersistentStore store) {
        super(store);
        this.store = store;
    }

    /** Queues watch events from now on, until {@link #releaseWatchEvents()}. */
    synchronized void holdWatchEvents() {
        holding = true;
    }

    /** Delivers the queued watch events, in order, and stops queueing. */
    synchronized void releaseWatchEvents() {
        heldEvents.forEach(Runnable::run);
        heldEvents.clear();
        holding = false;
    }

    /**
     * Runs {@code event} now, or queues it while events are held. Under the lock, so that events
     * are never delivered concurrently or out of order (listeners are quick).
     */
    private synchronized void deliver(Runnable event) {
        if (holding) {
            heldEvents.add(event);
        } else {
            event.run();
        }
    }

    /** Loses the replies of the next {@code commits} commits that write something. */
    void loseNextReplies(int commits) {
        lostReplies.set(commits);
    }

    @Override
    public CommitResult commit(Commit commit) {
        CommitResult result = store.commit(commit);
        if (!commit.operations().isEmpty() && lostReplies.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new StoreException("test: the reply of a commit was lost (applied: " + result.succeeded()
                    + "); the commit may or may not have been applied");
        }
        return result;
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        // the faults are in the deliveries of changes; interruptions and resumptions pass as they come
        return store.watch(prefix, afterRevision, new ForwardingWatchListener(listener) {
            @Override
            public void onChanges(List<KeyChange> changes) {
                deliver(() -> listener.onChanges(changes));
            }

            @Override
            public void onCompacted(long compactRevision) {
                deliver(() -> listener.onCompacted(compactRevision));
            }

            @Override
            public void onError(Throwable error) {
                deliver(() -> listener.onError(error));
            }
        });
    }

    @Override
    public void close() {
        // the store underneath belongs to the test
    }
}
