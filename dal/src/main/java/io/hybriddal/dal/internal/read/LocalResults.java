package io.hybriddal.dal.internal.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's copy of guid lists (query results, backref members) that depend only on
 * generation keys ({@code g/<hybrid>/<field>}, {@code g/<hybrid>/*}), each kept with the
 * revisions of its generation keys read (linearizably) before it was computed. Every commit that
 * could change such a list rewrites one of its generation keys in the same atomic commit
 * (DESIGN.md Semantics 3), so a list is served only while every one of its generation keys is
 * still at the revision it was computed at, as far as this Dal knows: its own commits are known
 * at once ({@link #ownCommit}, before the caller is answered), other processes' after
 * the watch on {@code g/} delivered them. A hit costs a map lookup and no store read; the
 * coherence is the near cache's (own commits at once, others' after the watch). While this watch
 * is interrupted, after a compaction and after an error, nothing is served and everything known
 * is forgotten; nothing is served either while the near cache does not serve. A list is kept as
 * a {@link Kept}, which also keeps its members' snapshots. Thread-safe.
 */
public final class LocalResults implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalResults.class);

    private final PersistentStore store;
    private final Object origin;
    private final BooleanSupplier nearServing;
    /** Each list with the revisions of the generation keys it was computed at (0: the key was absent). */
    private final Cache<Object, Kept> entries;
    /** The newest revision known per generation key: from the watch, own commits and linearizable reads. */
    private final ConcurrentHashMap<String, Long> known = new ConcurrentHashMap<>();
    private final ScheduledExecutorService rewatch;
    private volatile boolean interrupted;
    private volatile long lastRevision;
    private volatile StoreWatch watch;
    private volatile boolean closed;

    /**
     * @param origin      the Dal's commits, which it applies at once ({@link #ownCommit}): the store may leave them out of the watch
     * @param maximumSize lists kept at most
     * @param nearServing whether the near cache serves now: lists are served only while it does,
     *                    so a near cache that stops trusting its watch stops these too
     */
    public LocalResults(PersistentStore store, Object origin, long maximumSize, BooleanSupplier nearServing) {
        this.store = store;
        this.origin = origin;
        this.nearServing = nearServing;
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
        this.rewatch = RewatchThread.named("hybrid-dal-results-rewatch");
        this.lastRevision = store.currentRevision();
        startWatch();
    }

    private void startWatch() {
        if (!closed) {
            watch = store.watchWithoutPrevious(Keys.GENERATION_PREFIX, lastRevision, origin, new Listener());
        }
    }

    /**
     * The list under {@code key} if it is still valid for {@code generations} (the generation keys
     * it depends on, always in the same order for one key); else {@code compute} computes it,
     * after the generations were read, and it is kept. {@code compute} must read linearizably:
     * the generations are read serializably (served by any member that has reached what the
     * store reported), so they may be older than the list, never newer, and an older revision
     * only makes the entry expire sooner.
     */
    public Kept get(Object key, List<String> generations, Supplier<List<String>> compute) {
        Kept cached = getIfValid(key, generations);
        if (cached != null) {
            return cached;
        }
        long[] revisions = read(generations, ReadConsistency.SERIALIZABLE);
        return put(key, revisions, compute.get());
    }

    /** The list under {@code key} if every one of its generation keys is still at its revision, else null. */
    public Kept getIfValid(Object key, List<String> generations) {
        if (interrupted || !nearServing.getAsBoolean()) {
            return null;
        }
        Kept kept = entries.getIfPresent(key);
        if (kept == null) {
            return null;
        }
        long[] revisions = kept.revisions;
        for (int i = 0; i < revisions.length; i++) {
            Long now = known.get(generations.get(i));
            if (now == null || now != revisions[i]) {
                return null;
            }
        }
        return kept;
    }

    /**
     * The current revisions of {@code generations} (0 for an absent key), read in one linearizable
     * multi-get; they also move what this Dal knows forward.
     */
    public long[] read(List<String> generations) {
        return read(generations, ReadConsistency.LINEARIZABLE);
    }

    private long[] read(List<String> generations, ReadConsistency consistency) {
        Map<String, KeyValue> found = store.getAll(generations, consistency);
        long[] revisions = new long[generations.size()];
        for (int i = 0; i < revisions.length; i++) {
            KeyValue kv = found.get(generations.get(i));
            revisions[i] = kv == null ? 0 : kv.modRevision();
            known.merge(generations.get(i), revisions[i], Math::max);
        }
        return revisions;
    }

    /** Keeps {@code guids} as the list under {@code key} at these generation revisions (from {@link #read}); returns it as kept. */
    public Kept put(Object key, long[] revisions, List<String> guids) {
        Kept kept = new Kept(List.copyOf(guids), revisions);
        if (!interrupted) {
            entries.put(key, kept);
        }
        return kept;
    }

    /** Learns that this Dal's commit wrote {@code generationKey} at {@code revision}, before the commit returns ({@link OwnCommits}). */
    public void ownCommit(String generationKey, long revision) {
        known.merge(generationKey, revision, Math::max);
    }

    private void forgetAll() {
        entries.invalidateAll();
        known.clear();
    }

    @Override
    public void close() {
        closed = true;
        StoreWatch w = watch;
        if (w != null) {
            w.close();
        }
        rewatch.shutdownNow();
        forgetAll();
    }

    private final class Listener implements WatchListener {
        @Override
        public void onChanges(List<KeyChange> changes) {
            for (KeyChange change : changes) {
                known.merge(change.key(), change.revision(), Math::max);
            }
            lastRevision = Math.max(lastRevision, changes.get(0).revision());
        }

        @Override
        public void onCompacted(long compactRevision) {
            forgetAll();
            lastRevision = Math.max(lastRevision, compactRevision);
        }

        @Override
        public void onInterrupted(Throwable cause) {
            interrupted = true;
            forgetAll();
        }

        @Override
        public void onResumed() {
            forgetAll();
            interrupted = false;
        }

        @Override
        public void onError(Throwable error) {
            if (closed) {
                return;
            }
            LOG.warn("watch of store '{}' on [{}] failed; local query results dropped, watching again from revision {}",
                    store.namespace(), Keys.GENERATION_PREFIX, lastRevision, error);
            interrupted = true;
            forgetAll();
            rewatch.schedule(LocalResults.this::restart, 1, TimeUnit.SECONDS);
        }
    }

    private void restart() {
        try {
            startWatch();
            interrupted = false;
        } catch (RuntimeException e) {
            LOG.warn("cannot watch store '{}' on [{}] again yet; retrying in 5 s", store.namespace(), Keys.GENERATION_PREFIX, e);
            if (!closed) {
                rewatch.schedule(this::restart, 5, TimeUnit.SECONDS);
            }
        }
    }
}
