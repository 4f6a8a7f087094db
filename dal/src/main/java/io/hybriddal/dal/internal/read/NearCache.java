package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The per-Dal cache of decoded object documents, kept coherent by the persistent store's watch
 * on object keys.
 *
 * <p>Coherence: every entry carries a store revision. A change at revision r, watched or this
 * Dal's own (applied when its commit returns, {@link #ownCommit}), replaces the entry by a
 * tombstone at r unless the entry is already at r or newer; a snapshot read from the store is
 * inserted only if it is at least as new as what is there. So a reader that read an old
 * document just before a commit cannot cache it after the commit was applied. A compaction or
 * a failed watch clears everything and resumes from the last revision seen. Staleness is the
 * watch delay (measured on this Dal's own commits where the store echoes them) and bounded:
 * past a configured time without a sign of life from the watch ({@link WatchLiveness}, which
 * asks a quiet watch for progress), the cache serves nothing until it answers again. Thread-safe.
 */
public final class NearCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NearCache.class);

    private final PersistentStore store;
    private final GuidSnapshots entries;
    private final NearCacheMeters meters;
    private final Object origin;
    private final ScheduledExecutorService rewatch;
    private volatile boolean interrupted;
    private volatile boolean failed;
    private volatile long lastRevision;
    private final AtomicLong ownRevision = new AtomicLong();
    /** This Dal's commits between the store and {@link #ownCommit}: until applied, the cache may not be {@link #current}. */
    private final AtomicInteger ownInFlight = new AtomicInteger();
    private volatile StoreWatch watch;
    private volatile boolean closed;
    private final WatchLiveness liveness;
    private final ChangeStamps stamps = new ChangeStamps();

    /**
     * @param origin     the Dal's commits ({@link PersistentStore#commit(Commit, Object)}), which it
     *                   applies at once ({@link #ownCommit}): the store may leave them out of the watch
     * @param staleAfter how long past the watch's last sign of life the cache may still serve
     */
    public NearCache(PersistentStore store, Object origin, long maximumSize, MeterRegistry meters, Duration staleAfter) {
        this.store = store;
        this.origin = origin;
        this.entries = new GuidSnapshots(maximumSize);
        this.meters = new NearCacheMeters(meters, this);
        this.rewatch = RewatchThread.named("hybrid-dal-nearcache-rewatch");
        this.lastRevision = store.currentRevision();
        this.liveness = new WatchLiveness(staleAfter, System::nanoTime, () -> watch, this::stalled, this::unstalled);
        startWatch();
        long every = WatchLiveness.checkInterval(staleAfter).toNanos();
        rewatch.scheduleWithFixedDelay(liveness::check, every, every, TimeUnit.NANOSECONDS);
    }

    /** The watch stayed silent past the bound (a frozen member holds it open): serve nothing until it speaks. */
    private void stalled() {
        LOG.warn("near-cache watch of store '{}' on [{}] silent past its bound: serving every read from the store until it answers",
                store.namespace(), Keys.OBJECT_ROOT);
        interrupted = true;
        clear();
    }

    private void unstalled() {
        interrupted = false;
        LOG.info("near-cache watch of store '{}' answers again after revision {}", store.namespace(), lastRevision);
    }

    private void startWatch() {
        if (!closed) {
            watch = store.watchWithoutPrevious(Keys.OBJECT_ROOT, lastRevision, origin, new Listener());
            failed = false;
        }
    }

    /** The cached snapshot of the object, or null. */
    public Snapshot get(HybridModel model, String guid) {
        Snapshot cached = interrupted ? null : entries.get(guid);
        // guids are unique across hybrids; the model check keeps raw data giving two hybrids one guid apart
        if (cached != null && cached.model() == model) {
            meters.hits.increment();
            return cached;
        }
        meters.misses.increment();
        return null;
    }

    /**
     * Caches {@code snapshot} (of its model) unless something newer is known for the object: held,
     * or lost (an evicted tombstone) since {@code since}: {@link #lastRevision} before the read that
     * made it, or the revision of this Dal's own commit.
     */
    public void offer(String guid, Snapshot snapshot, long since) {
        if (interrupted) {
            return; // nothing could invalidate it while the watch is down
        }
        if (entries.offer(guid, snapshot, since)) {
            stamps.bump(snapshot.model());
        }
    }

    /** This Dal committed the object at {@code revision}: its new state, or null (deleted); {@link #ownCommit} came first. */
    public void committed(HybridModel model, String guid, Snapshot snapshot, long revision) {
        meters.lag.acknowledged(watch, revision);
        if (snapshot != null) {
            offer(guid, snapshot, revision);
        }
    }

    /**
     * Applies this Dal's commit of {@code objectKey} at {@code revision} as its watch would, when
     * the commit returns: everything that commit wrote is known at once, also when no
     * {@link #committed} follows (the store may leave the commit out of the watch).
     */
    public void ownCommit(String objectKey, long revision) {
        changed(Keys.guidOf(objectKey), revision);
        stamps.bump(objectKey);
        ownRevision.accumulateAndGet(revision, Math::max);
    }

    /** A commit of this Dal goes to the store ({@link OwnCommits}): true before, false once it returned and was applied. */
    void ownCommitInFlight(boolean starting) {
        ownInFlight.addAndGet(starting ? 1 : -1);
    }

    /**
     * Whether the cache holds every change committed before this call (its watch live and
     * {@link StoreWatch#caughtUp caught up}, no own commit between the store and {@link #ownCommit}):
     * what {@link #get} gives then is as new as a read of the store made now.
     */
    public boolean current() {
        StoreWatch w = watch;
        return watchLive() && ownInFlight.get() == 0 && w != null && w.caughtUp();
    }

    /** Drops what is cached for the object (a strong read found it gone); a read that started before is not cached after. */
    public void forget(HybridModel model, String guid) {
        entries.remove(guid, lastRevision());
        stamps.bump(model);
    }

    /** {@code model}'s change counter ({@link ChangeStamps}): snapshots {@link #get} gave after reading it are current while it stays. */
    public long stamp(HybridModel model) {
        return stamps.of(model);
    }

    private void clear() {
        clear(lastRevision());
    }

    /** Empties the cache; what a read that started before {@code floor} was applied offers is not cached after. */
    private void clear(long floor) {
        entries.clear(floor);
        stamps.bumpAll();
    }

    private void changed(String guid, long revision) {
        entries.compute(guid, old -> old != null && old.revision() >= revision ? old : Snapshot.tombstone(revision));
    }

    /** Whether the cache serves reads now (its watch is not interrupted); so do the local lists ({@link LocalResults}). */
    public boolean serving() {
        return !interrupted;
    }

    /** Cache hits so far (approximate while threads are reading). */
    public long hits() {
        return meters.hits.sum();
    }

    /** Cache misses so far (as {@link #hits}). */
    public long misses() {
        return meters.misses.sum();
    }

    /** Number of entries (documents and tombstones). */
    public long size() {
        return entries.size();
    }

    /** The revision of the last change delivered by the watch or applied from this Dal's own commits. */
    public long lastRevision() {
        return Math.max(lastRevision, ownRevision.get());
    }

    /** Whether the watch is delivering: not interrupted, not failed and waiting to be restarted, not closed. */
    public boolean watchLive() {
        return !interrupted && !failed && !closed;
    }

    @Override
    public void close() {
        closed = true;
        StoreWatch w = watch;
        if (w != null) {
            w.close();
        }
        rewatch.shutdownNow();
        clear();
    }

    private final class Listener implements WatchListener {
        @Override
        public void onChanges(List<KeyChange> changes) {
            liveness.alive();
            long revision = changes.get(0).revision();
            try {
                for (KeyChange change : changes) {
                    changed(Keys.guidOf(change.key()), change.revision());
                    stamps.bump(change.key());
                }
            } catch (RuntimeException e) { // a key it cannot read: what follows it in the batch is never delivered again
                clear(Math.max(lastRevision(), revision));
                lastRevision = Math.max(lastRevision, revision);
                throw e;
            }
            lastRevision = Math.max(lastRevision, revision);
            meters.lag.delivered(watch, revision);
        }

        @Override
        public void onCompacted(long compactRevision) {
            LOG.info("store '{}': history compacted up to revision {}; clearing the near cache", store.namespace(), compactRevision);
            clear(Math.max(lastRevision(), compactRevision)); // the changes up to it never come: reads from before them are not cached
            lastRevision = Math.max(lastRevision, compactRevision);
            liveness.alive();
        }

        @Override
        public void onInterrupted(Throwable cause) {
            LOG.warn("near-cache watch of store '{}' on [{}] interrupted ({}): serving every read from the store until it resumes",
                    store.namespace(), Keys.OBJECT_ROOT, cause.toString());
            interrupted = true;
            clear();
        }

        @Override
        public void onResumed() {
            clear();
            interrupted = false;
            liveness.alive();
            LOG.info("near-cache watch of store '{}' resumed after revision {}", store.namespace(), lastRevision);
        }

        @Override
        public void onProgress(long revision) {
            liveness.alive();
        }

        @Override
        public void onError(Throwable error) {
            if (closed) {
                return;
            }
            failed = true;
            LOG.warn("near-cache watch of store '{}' on [{}] failed; clearing the cache and watching again from revision {}",
                    store.namespace(), Keys.OBJECT_ROOT, lastRevision, error);
            clear();
            rewatch.schedule(() -> restart(true), 1, TimeUnit.SECONDS);
        }
    }

    /** Watches again, every 5 s until it works; only the first failure is a WARN (a store outage is no bug: no stack trace). */
    private void restart(boolean first) {
        try {
            startWatch();
        } catch (RuntimeException e) {
            LOG.atLevel(first ? Level.WARN : Level.DEBUG).log("cannot watch store '{}' on [{}] again yet ({}); retrying every 5 s",
                    store.namespace(), Keys.OBJECT_ROOT, e.toString());
            clear();
            if (!closed) {
                rewatch.schedule(() -> restart(false), 5, TimeUnit.SECONDS);
            }
        }
    }
}
