package io.hybriddal.dal.memory;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.Condition;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.KeyLeaseLock;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.Operation;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.RevisionUnavailableException;
import io.hybriddal.dal.spi.ScanPage;
import io.hybriddal.dal.spi.StoreLock;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.WatchHub;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The reference {@link PersistentStore}: everything in memory, nothing survives the process.
 * Commits are serialised and atomic; multi-key reads and scans see one revision. A bounded
 * history of commits serves watches that start from a past revision; older history is
 * compacted away (see {@link #compact(long)}), and a watch from before it is told so.
 *
 * <p>Thread-safe. Values are copied on the way in; the arrays handed out must not be modified.
 */
public final class MemoryPersistentStore implements PersistentStore {

    /** Commits kept for watches by default. */
    public static final int DEFAULT_HISTORY = 100_000;

    private final String namespace;
    /** Every key's value, for point reads: a hash lookup, not a walk of string comparisons. */
    private final ConcurrentHashMap<String, KeyValue> data = new ConcurrentHashMap<>();
    /** The same entries in key order, only for prefix scans: changed with {@link #data} under the write lock, read under the read lock. */
    private final SortedKeys sorted = new SortedKeys(data::get);
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final WatchHub watches;
    private volatile long revision;
    private final Clock clock;
    private volatile boolean closed;

    /** A store with no namespace and the default history. */
    public MemoryPersistentStore() {
        this("", DEFAULT_HISTORY);
    }

    /**
     * @param namespace      the namespace reported by {@link #namespace()}
     * @param historyCommits how many past commits to keep for watches ({@code >= 0})
     */
    public MemoryPersistentStore(String namespace, int historyCommits) {
        this(namespace, historyCommits, Clock.systemUTC());
    }

    /**
     * @param namespace      the namespace reported by {@link #namespace()}
     * @param historyCommits how many past commits to keep for watches ({@code >= 0})
     * @param clock          what lock leases ({@link #tryLock}) are measured by
     */
    public MemoryPersistentStore(String namespace, int historyCommits, Clock clock) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.watches = new WatchHub(historyCommits, lock.writeLock());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A lock kept as a key of this store, its lease measured by the clock given at construction. */
    @Override
    public StoreLock tryLock(String key, Duration lease) {
        ensureOpen();
        return KeyLeaseLock.tryLock(this, key, lease, clock);
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public KeyValue get(String key, ReadConsistency consistency) {
        ensureOpen();
        return data.get(Objects.requireNonNull(key, "key"));
    }

    @Override
    public Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        ensureOpen();
        Map<String, KeyValue> found = new LinkedHashMap<>();
        lock.readLock().lock();
        try {
            for (String key : keys) {
                KeyValue kv = data.get(key);
                if (kv != null) {
                    found.put(key, kv);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return found;
    }

    @Override
    public ScanPage scan(String prefix, String startAfter, int limit) {
        return scan(prefix, startAfter, limit, -1);
    }

    /** Serves only the current revision (this store keeps no older versions), checked under the commit lock. */
    @Override
    public ScanPage scan(String prefix, String startAfter, int limit, long atRevision) {
        ensureOpen();
        if (limit <= 0) {
            throw new IllegalArgumentException("scan limit must be positive: " + limit);
        }
        List<KeyValue> page = new ArrayList<>(Math.min(limit, 16)); // grows with what is found: an index lookup finds a few
        lock.readLock().lock();
        try {
            if (atRevision >= 0 && atRevision != revision) {
                throw new RevisionUnavailableException(atRevision, "the memory store is at revision " + revision
                        + " and keeps no older versions: cannot scan at revision " + atRevision);
            }
            boolean fromPrefix = startAfter == null || startAfter.compareTo(prefix) < 0;
            PageFill fill = new PageFill(prefix, limit, page);
            sorted.forEachUnder(prefix, fromPrefix ? prefix : startAfter, fromPrefix, fill);
            return new ScanPage(page, fill.more);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public CommitResult commit(Commit commit) {
        return commit(commit, null);
    }

    /** Leaves the commit out of the watches registered for {@code origin} (see {@link WatchHub#publish(long, List, Object)}). */
    @Override
    public CommitResult commit(Commit commit, Object origin) {
        ensureOpen();
        List<Condition> conditions = commit.conditions();
        List<Operation> operations = commit.operations();
        lock.writeLock().lock();
        try {
            // each condition's key is looked up once; its entry is reused when an operation writes the key
            KeyValue[] found = new KeyValue[conditions.size()];
            Set<String> failed = null; // allocated only when a condition fails: most commits hold
            for (int i = 0; i < found.length; i++) {
                Condition condition = conditions.get(i);
                found[i] = data.get(condition.key());
                if (!condition.holdsFor(found[i])) {
                    if (failed == null) {
                        failed = new LinkedHashSet<>();
                    }
                    failed.add(condition.key());
                }
            }
            if (failed != null) {
                return CommitResult.failure(revision, failed);
            }
            if (operations.isEmpty()) {
                return CommitResult.success(revision);
            }
            long rev = revision + 1;
            List<Operation> writes = FoldedOperations.of(operations);
            watches.applying(); // get() reads without the lock: no watch is caught up until publish hands the changes on
            List<KeyChange> changes = new ArrayList<>(writes.size());
            for (int i = 0; i < writes.size(); i++) {
                KeyChange change = apply(writes.get(i), conditions, found, rev);
                if (change != null) {
                    changes.add(change);
                }
            }
            revision = rev;
            watches.publish(rev, changes, origin);
            return CommitResult.success(rev);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Writes one key (under the write lock); the change, or null when a delete found nothing. */
    private KeyChange apply(Operation op, List<Condition> conditions, KeyValue[] found, long rev) {
        String key = op.key();
        if (op instanceof Operation.Put put) {
            byte[] value = put.value().clone();
            int checked = conditionIndex(conditions, key);
            KeyValue old = checked >= 0 ? found[checked] : data.get(key);
            KeyValue entry = new KeyValue(key, value, rev, old == null ? rev : old.createRevision());
            data.put(key, entry);
            if (old == null) {
                sorted.add(entry);
                return new KeyChange(key, value, null, rev);
            }
            sorted.replace(entry);
            return new KeyChange(key, value, old.value(), rev);
        }
        KeyValue old = data.remove(key);
        if (old == null) {
            return null;
        }
        sorted.remove(key);
        return new KeyChange(key, null, old.value(), rev);
    }

    /** The index of the condition on {@code key}, or -1; a large commit (a plan's creates) is not searched: never conditions × operations. */
    private static int conditionIndex(List<Condition> conditions, String key) {
        if (conditions.size() > 16) {
            return -1;
        }
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        ensureOpen();
        return watches.register(prefix, afterRevision, () -> revision, listener);
    }

    /** Leaves out the commits made through {@link #commit(Commit, Object)} for {@code origin}. */
    @Override
    public StoreWatch watchWithoutPrevious(String prefix, long afterRevision, Object origin, WatchListener listener) {
        ensureOpen();
        return watches.register(prefix, afterRevision, () -> revision, origin, listener);
    }

    /**
     * Forgets the history up to and including {@code upToRevision}, as etcd's compaction does:
     * a watch asked to start before it gets {@link WatchListener#onCompacted(long)} first.
     */
    public void compact(long upToRevision) {
        watches.compact(upToRevision);
    }

    @Override
    public long currentRevision() {
        return revision;
    }

    /** Number of keys stored (for tests and reports). */
    public int size() {
        return data.size();
    }

    @Override
    public void close() {
        closed = true;
        watches.closeAll();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("memory persistent store is closed");
        }
    }
}
