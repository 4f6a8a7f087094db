package io.hybriddal.store.etcd;

import io.etcd.jetcd.Watch;
import io.etcd.jetcd.common.exception.ClosedClientException;
import io.etcd.jetcd.common.exception.ClosedWatcherException;
import io.etcd.jetcd.common.exception.CompactedException;
import io.etcd.jetcd.options.WatchOption;
import io.etcd.jetcd.watch.WatchResponse;
import io.grpc.Status;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch on a key prefix that survives lost connections and compaction.
 *
 * <p>jetcd resumes a broken watch stream by itself, but reports every break to the listener as
 * an error and may replay the revision it was created at; so each jetcd watcher here lives only
 * until its first error, and this class re-creates it from the last revision it delivered, with
 * back-off. Compaction becomes {@link WatchListener#onCompacted} and the watch goes on after
 * the compacted revision; only failures that retrying cannot cure (authentication, a closed
 * client) reach {@link WatchListener#onError}. {@link #requestProgress()} asks etcd for a progress
 * notification on the watch's stream.
 *
 * <p>Threading: jetcd callbacks are handed to one thread per watch, which owns all state below
 * and calls the listener, so calls are never concurrent, come in revision order, and never run
 * on a writer's thread. Events at or below the last delivered revision are dropped, so a resume
 * delivers no duplicates.
 */
final class EtcdWatch implements StoreWatch {

    private static final Logger LOG = LoggerFactory.getLogger(EtcdWatch.class);
    private static final long MIN_BACKOFF_MS = 50;
    private static final long MAX_BACKOFF_MS = 2000;
    /** Retrying cannot fix these: report them and stop. */
    private static final Set<Status.Code> FATAL = Set.of(Status.Code.UNAUTHENTICATED, Status.Code.PERMISSION_DENIED,
            Status.Code.INVALID_ARGUMENT, Status.Code.UNIMPLEMENTED);

    private final Watch client;
    private final KeyCodec codec;
    private final String prefix;
    private final boolean previousValues;
    private final WatchListener listener;
    private final Consumer<EtcdWatch> onClose;
    /** Raised before each delivery, so that this store's later serializable reads are at least as new. */
    private final NewestRevision newest;
    private final ScheduledExecutorService thread;
    private volatile boolean closed;

    // Owned by `thread`.
    private long lastDelivered;
    private long generation;
    private Watch.Watcher watcher;
    private long backoffMs = MIN_BACKOFF_MS;
    private boolean interrupted;

    /**
     * Starts watching changes under {@code prefix} after {@code lastDelivered} (an explicit
     * revision: the caller resolves "from now" to the current revision), with the previous
     * value of each changed key when {@code previousValues} (etcd's prevKV), else none.
     */
    EtcdWatch(Watch client, KeyCodec codec, String prefix, long lastDelivered, boolean previousValues, WatchListener listener,
              NewestRevision newest, Consumer<EtcdWatch> onClose) {
        this.client = client;
        this.codec = codec;
        this.prefix = prefix;
        this.previousValues = previousValues;
        this.listener = listener;
        this.onClose = onClose;
        this.newest = newest;
        this.lastDelivered = lastDelivered;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hybrid-dal-etcd-watch[" + codec.namespace() + "/" + prefix + "]");
            t.setDaemon(true);
            return t;
        });
        run(this::connect);
    }

    /** Creates a jetcd watcher from the revision after the last one delivered. Runs on `thread`. */
    private void connect() {
        if (closed) {
            return;
        }
        long gen = ++generation;
        WatchOption option = WatchOption.builder()
                .withRange(codec.prefixEnd(prefix))
                .withRevision(lastDelivered + 1)
                .withPrevKV(previousValues)
                .withCreateNotify(true)
                // A member cut off from the leader would otherwise keep the stream open and silent.
                .withRequireLeader(true)
                .build();
        try {
            watcher = client.watch(codec.rangeStart(prefix), option, Watch.listener(
                    response -> run(() -> onResponse(gen, response)),
                    error -> run(() -> onFailure(gen, error))));
        } catch (RuntimeException e) {
            onFailure(gen, e);
        }
    }

    private void onResponse(long gen, WatchResponse response) {
        if (closed || gen != generation) {
            return;
        }
        if (response.isCreatedNotify()) {
            backoffMs = MIN_BACKOFF_MS;
            if (interrupted) {
                interrupted = false;
                deliver(listener::onResumed);
            }
            return;
        }
        if (response.isProgressNotify()) {
            long revision = response.getHeader().getRevision();
            newest.raise(revision);
            deliver(() -> listener.onProgress(revision));
            return;
        }
        for (List<KeyChange> batch : WatchEvents.byRevision(response.getEvents(), codec)) {
            long revision = batch.get(0).revision();
            if (revision > lastDelivered) {
                lastDelivered = revision;
                newest.raise(revision);
                deliver(() -> listener.onChanges(batch));
            }
        }
    }

    private void onFailure(long gen, Throwable error) {
        if (closed || gen != generation) {
            return;
        }
        generation++;
        closeWatcher();
        if (error instanceof CompactedException compacted) {
            long compactRevision = compacted.getCompactedRevision();
            lastDelivered = Math.max(lastDelivered, compactRevision);
            newest.raise(compactRevision);
            deliver(() -> listener.onCompacted(compactRevision));
            run(this::connect);
            return;
        }
        Status.Code code = EtcdCalls.codeOf(error);
        // A closed client never comes back: retrying would spin until the JVM exits.
        boolean clientClosed = error instanceof ClosedClientException || error instanceof ClosedWatcherException;
        if (FATAL.contains(code) || clientClosed) {
            closed = true;
            deliver(() -> listener.onError(error));
            stop();
            return;
        }
        if (!interrupted) {
            interrupted = true; // tell the listener once per outage: caches must not trust themselves meanwhile
            deliver(() -> listener.onInterrupted(error));
        }
        LOG.debug("etcd watch on [{}] broke ({}); resuming after revision {} in {} ms", prefix, error, lastDelivered, backoffMs);
        schedule(this::connect, backoffMs);
        backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
    }

    /**
     * Sends etcd a progress request on this watch's stream; the answer comes back as a progress
     * notification and goes to {@link WatchListener#onProgress}. A frozen member never answers.
     */
    @Override
    public boolean requestProgress() {
        run(() -> {
            if (!closed && watcher != null && !interrupted) {
                watcher.requestProgress();
            }
        });
        return true;
    }

    private void deliver(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("watch listener on prefix [{}] threw; delivery continues", prefix, e);
        }
    }

    private void closeWatcher() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (RuntimeException e) {
                LOG.debug("closing an etcd watcher failed", e);
            }
            watcher = null;
        }
    }

    private void run(Runnable task) {
        schedule(task, 0);
    }

    private void schedule(Runnable task, long delayMs) {
        try {
            thread.schedule(task, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException afterClose) {
            // The watch was closed meanwhile: nothing more to do.
        }
    }

    private void stop() {
        run(this::closeWatcher);
        thread.shutdown();
        onClose.accept(this);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            stop();
        }
    }
}
