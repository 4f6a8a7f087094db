package io.hybriddal.dal.internal.feed;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.FeedGap;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.StoreWatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription's listener side: takes what its {@link FeedQueue} hands over (one item at a
 * time, on the subscription's executor), decodes and filters the changes, and calls the listener
 * or the gap handler, logging (never propagating) what they throw. {@link #close()} stops the
 * watch, drops what waits and runs the close action (stopping an executor of its own).
 *
 * @param <T> the hybrid type
 */
final class FeedSubscription<T extends DataObject> implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSubscription.class);

    private final String hybrid;
    private final Consumer<ChangeEvent<T>> listener;
    private final Consumer<FeedGap> onGap;
    private final EventDecoder decoder;
    private FeedQueue queue;
    private StoreWatch watch;
    private Runnable onClose;
    private long delivered;
    private volatile boolean closed;

    /** @param onGap the gap handler, or null to log gaps at WARN */
    FeedSubscription(String hybrid, Consumer<ChangeEvent<T>> listener, Consumer<FeedGap> onGap, EventDecoder decoder, long from) {
        this.hybrid = hybrid;
        this.listener = listener;
        this.onGap = onGap;
        this.decoder = decoder;
        this.delivered = from;
    }

    /**
     * Wires the queue, the running watch and what to do on close, once the watch runs (it may
     * already have handed changes over: delivery does not need these).
     */
    synchronized void started(FeedQueue queue, StoreWatch watch, Runnable onClose) {
        this.queue = queue;
        this.watch = watch;
        this.onClose = onClose;
        if (closed) {
            closed = false;
            close();
        }
    }

    /** Handles one item of the queue; never throws. */
    void deliver(FeedQueue.Item item) {
        if (item instanceof FeedQueue.Commit commit) {
            for (KeyChange change : commit.changes()) {
                deliver(change);
            }
            delivered = commit.changes().get(0).revision();
        } else if (item instanceof FeedQueue.Gap gap) {
            FeedGap reported = new FeedGap(hybrid, delivered, gap.earliestRevision(), gap.reason());
            delivered = Math.max(delivered, gap.earliestRevision());
            if (onGap == null) {
                LOG.warn("changes of {} are missing: {} (no onGap handler)", hybrid, reported);
                return;
            }
            try {
                onGap.accept(reported);
            } catch (RuntimeException e) {
                LOG.warn("the gap handler of {} threw on {}; the subscription goes on", hybrid, reported, e);
            }
        }
    }

    private void deliver(KeyChange change) {
        ChangeEvent<T> event;
        try {
            event = decoder.decode(change);
        } catch (CorruptDataException e) {
            LOG.warn("skipping a change of {} at revision {}: {}", change.key(), change.revision(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.warn("the filter of a {} subscription failed on {} at revision {}; skipping the change",
                    hybrid, change.key(), change.revision(), e);
            return;
        }
        if (event == null || closed) {
            return;
        }
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("the change listener of {} threw on {} {} at revision {}; the subscription goes on",
                    hybrid, event.type(), event.guid(), event.revision(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (queue == null) {
            return; // not started yet: started() closes
        }
        queue.close();
        try {
            watch.close();
        } finally {
            onClose.run();
        }
    }
}
