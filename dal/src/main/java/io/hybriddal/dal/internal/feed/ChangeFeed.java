package io.hybriddal.dal.internal.feed;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.FeedGap;
import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.Snapshot;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The change feed of one Dal: subscriptions (each its own store watch on the hybrid's object
 * documents, its own bounded queue and its own executor) and consistent snapshots to start them
 * from. A watch thread only hands changes over; decoding, filtering and listeners run on the
 * subscription's executor, so a slow or throwing listener delays nothing else. Thread-safe;
 * {@link #close()} ends every subscription. Not for users.
 */
public final class ChangeFeed implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final PersistentStore store;
    private final BiFunction<HybridModel, Filter, SnapshotFilter> filters;
    private final SnapshotReader snapshots;
    private final Set<Subscription> open = ConcurrentHashMap.newKeySet();

    /**
     * @param filters   compiles a subscription's filter (throwing {@link io.hybriddal.dal.InvalidQueryException})
     * @param instances makes the instances of a snapshot
     */
    public ChangeFeed(PersistentStore store, BiFunction<HybridModel, Filter, SnapshotFilter> filters, SnapshotReader.Instances instances) {
        this.store = store;
        this.filters = filters;
        this.snapshots = new SnapshotReader(store, instances);
    }

    /** Every object of {@code model} at one revision. */
    public <T extends DataObject> Snapshot<T> snapshot(HybridModel model) {
        return snapshots.read(model);
    }

    /** Starts a subscription to changes of {@code model} as {@code options} say. */
    public <T extends DataObject> Subscription subscribe(HybridModel model, Consumer<ChangeEvent<T>> listener, FeedOptions options) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(options, "options");
        SnapshotFilter filter = options.filter().map(f -> filters.apply(model, f)).orElse(null);
        ExecutorService own = options.executor().isPresent() ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hybrid-dal-feed-" + model.name() + "-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        long from = options.fromRevision().orElseGet(store::currentRevision);
        FeedSubscription<T> subscription = new FeedSubscription<>(model.name(), listener, options.onGap().orElse(null),
                new EventDecoder(model, filter), from);
        FeedQueue queue = new FeedQueue(model.name(), own != null ? own : options.executor().get(), options.maxPending(),
                subscription::deliver);
        StoreWatch watch;
        try {
            watch = store.watch(Keys.objectPrefix(model), from, new FeedWatch(model.name(), queue, from));
        } catch (RuntimeException e) {
            queue.close();
            if (own != null) {
                own.shutdownNow();
            }
            throw e;
        }
        if (options.fromRevision().isPresent() && from == 0 && store.currentRevision() > 0) {
            // "after revision 0" is "from now" for a store watch: commits that raced the start are unknown
            queue.gap(store.currentRevision(), FeedGap.Reason.COMPACTED);
        }
        open.add(subscription);
        subscription.started(queue, watch, () -> {
            open.remove(subscription);
            if (own != null) {
                own.shutdown();
            }
        });
        return subscription;
    }

    /** Closes every open subscription. */
    @Override
    public void close() {
        for (Subscription s : List.copyOf(open)) {
            s.close();
        }
    }
}
