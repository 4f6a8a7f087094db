package io.hybriddal.dal.internal.feed;

import io.hybriddal.dal.FeedGap;
import io.hybriddal.dal.spi.KeyChange;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded hand-over between a subscription's watch (which only offers and never waits) and
 * its listener (which runs on the subscription's executor, one task at a time, in order). Holds at
 * most {@code maxPending} changes; one more and everything waiting is dropped and a gap takes its
 * place, so a slow listener costs bounded memory and delays nobody else. Thread-safe.
 */
final class FeedQueue {

    private static final Logger LOG = LoggerFactory.getLogger(FeedQueue.class);

    /** Items handed to the consumer per task, so a shared executor is not held for ever. */
    private static final int ITEMS_PER_TASK = 256;

    /** What waits: the changes of one commit, or a gap. */
    sealed interface Item permits Commit, Gap {
    }

    record Commit(List<KeyChange> changes) implements Item {
    }

    /** Changes up to {@code earliestRevision} may be missing. */
    record Gap(long earliestRevision, FeedGap.Reason reason) implements Item {
    }

    private final String hybrid;
    private final Executor executor;
    private final int maxPending;
    private final Consumer<Item> consumer;
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    private int pending;
    private boolean scheduled;
    private volatile boolean closed;

    /** @param consumer receives the items in order, one at a time, on {@code executor} */
    FeedQueue(String hybrid, Executor executor, int maxPending, Consumer<Item> consumer) {
        this.hybrid = hybrid;
        this.executor = executor;
        this.maxPending = maxPending;
        this.consumer = consumer;
    }

    /** Queues the changes of one commit, or drops what waits for a gap when the bound is reached. */
    synchronized void offer(List<KeyChange> changes) {
        if (closed) {
            return;
        }
        if (pending > 0 && pending + changes.size() > maxPending) {
            LOG.warn("the listener of {} fell more than {} changes behind: dropping them up to revision {}"
                    + " and reporting a gap", hybrid, maxPending, changes.get(0).revision());
            items.clear();
            pending = 0;
            items.add(new Gap(changes.get(0).revision(), FeedGap.Reason.OVERFLOW));
        } else {
            items.add(new Commit(changes));
            pending += changes.size();
        }
        schedule();
    }

    /** Queues a gap (history compacted up to {@code earliestRevision}). */
    synchronized void gap(long earliestRevision, FeedGap.Reason reason) {
        if (!closed) {
            items.add(new Gap(earliestRevision, reason));
            schedule();
        }
    }

    /** Drops what waits; nothing more is handed over (a call under way may still finish). */
    synchronized void close() {
        closed = true;
        items.clear();
        pending = 0;
    }

    boolean isClosed() {
        return closed;
    }

    private void schedule() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            LOG.error("the executor of the {} subscription refused its delivery task; the subscription stops", hybrid, e);
            scheduled = false;
            close();
        }
    }

    private void drain() {
        for (int i = 0; i < ITEMS_PER_TASK; i++) {
            Item item;
            synchronized (this) {
                item = closed ? null : items.poll();
                if (item == null) {
                    scheduled = false;
                    return;
                }
                if (item instanceof Commit c) {
                    pending -= c.changes().size();
                }
            }
            try {
                consumer.accept(item);
            } catch (RuntimeException e) {
                LOG.error("delivering a change of {} failed; going on with the next", hybrid, e);
            } catch (Error e) {
                synchronized (this) {
                    scheduled = false;
                }
                throw e;
            }
        }
        synchronized (this) {
            scheduled = false;
            if (!items.isEmpty()) {
                schedule();
            }
        }
    }
}
