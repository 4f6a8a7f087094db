package io.hybriddal.dal.spi.support;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.function.LongSupplier;

/**
 * Watch support for stores that live in this process (memory, file): keeps a bounded history
 * of commits and delivers each watch's changes in order on one delivery thread shared by the
 * hub's watches, never on the writer's. Listeners hand slow work on (as the change feed does):
 * a listener that blocks delays the other watches of the store.
 *
 * <p>The store hands in the lock that serialises its commits and calls {@link #publish} while
 * holding it; {@link #register} and {@link #compact} take it themselves, so that no commit slips
 * between a watch's replay of history and its live deliveries.
 */
public final class WatchHub {

    private final CommitHistory history;
    private final Lock commitLock;
    private final List<LocalWatch> watches = new CopyOnWriteArrayList<>();
    private volatile boolean applying;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hybrid-dal-watch");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param historyCommits how many past commits to keep for watches from a past revision
     * @param commitLock     the (reentrant) lock the store holds while it commits and publishes
     */
    public WatchHub(int historyCommits, Lock commitLock) {
        this.history = new CommitHistory(historyCommits);
        this.commitLock = Objects.requireNonNull(commitLock, "commitLock");
    }

    /**
     * The store is applying a commit whose changes reads may see before {@link #publish} hands
     * them to the watches (a store whose reads take no lock): until then no watch is
     * {@link StoreWatch#caughtUp caught up}. Call under the commit lock, before the first write;
     * {@link #publish} ends it. A commit that fails half-way leaves it on only until the next
     * commit publishes: a store must not leave writes that it never publishes (the memory store
     * does not roll back such a commit; that gap is known).
     */
    public void applying() {
        applying = true;
    }

    /** Whether a commit is being applied and not yet handed to the watches ({@link #applying}). */
    boolean applyingNow() {
        return applying;
    }

    /** Records the changes of the commit at {@code revision} and hands them to every watch. */
    public void publish(long revision, List<KeyChange> changes) {
        publish(revision, changes, null);
    }

    /**
     * Records the changes of the commit at {@code revision}, made on behalf of {@code origin}
     * (null: of no one in particular), and hands them to every watch but those registered for
     * that origin: their client applies its own commits itself. The history keeps them for all.
     */
    public void publish(long revision, List<KeyChange> changes, Object origin) {
        List<KeyChange> shared = List.copyOf(changes); // one immutable copy for the history and every watch
        history.append(revision, shared);
        for (LocalWatch watch : watches) {
            if (origin == null || watch.origin() != origin) {
                watch.offer(revision, shared);
            }
        }
        applying = false; // last: a reader that finds it false finds every watch's count of this commit
    }

    /**
     * Starts a watch. Commits after {@code afterRevision} that are still in the history are
     * replayed first; if some are not, the listener is told through
     * {@link WatchListener#onCompacted(long)} before anything else.
     *
     * @param currentRevision the store's latest revision (read under the commit lock)
     */
    public StoreWatch register(String prefix, long afterRevision, LongSupplier currentRevision, WatchListener listener) {
        return register(prefix, afterRevision, currentRevision, null, listener);
    }

    /**
     * {@link #register(String, long, LongSupplier, WatchListener)} for a client that applies its
     * own commits itself: commits published for {@code origin} (not null) are left out of this
     * watch, except when replayed from the history.
     */
    public StoreWatch register(String prefix, long afterRevision, LongSupplier currentRevision, Object origin,
                               WatchListener listener) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(listener, "listener");
        commitLock.lock();
        try {
            return registerLocked(prefix, afterRevision, currentRevision.getAsLong(), origin, listener);
        } finally {
            commitLock.unlock();
        }
    }

    private StoreWatch registerLocked(String prefix, long afterRevision, long currentRevision, Object origin, WatchListener listener) {
        LocalWatch watch = new LocalWatch(prefix, origin, listener, watches::remove, delivery, this::applyingNow);
        if (afterRevision > 0 && afterRevision < currentRevision) {
            long oldest = history.oldestRevision();
            if (oldest == 0 || afterRevision + 1 < oldest) {
                watch.compacted(oldest == 0 ? currentRevision : oldest - 1);
            }
            history.replay(afterRevision, watch::offer);
        }
        watches.add(watch);
        return watch;
    }

    /** Forgets the history up to and including {@code upToRevision}. */
    public void compact(long upToRevision) {
        commitLock.lock();
        try {
            history.dropThrough(upToRevision);
        } finally {
            commitLock.unlock();
        }
    }

    /** Closes every watch and stops the delivery thread. */
    public void closeAll() {
        for (LocalWatch watch : watches) {
            watch.close();
        }
        delivery.shutdown();
    }
}
