package io.hybriddal.store.file;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.Condition;
import io.hybriddal.dal.spi.KeyChange;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A durable {@link PersistentStore} in one local directory, on H2's MVStore (one file,
 * {@value StoreFile#FILE_NAME}). Behaves like the reference
 * {@link io.hybriddal.dal.memory.MemoryPersistentStore}, and in addition every acknowledged
 * commit is on disk (written and fsynced) before {@link #commit} returns, is applied all or
 * nothing across a crash, and keeps its revision: revisions keep increasing across reopen.
 *
 * <p>Threading: thread-safe. Commits are serialised by a write lock held until the fsync is
 * done; reads (including single gets) take the read lock, so every read sees exactly the last
 * acknowledged commit, never part of one (both {@link ReadConsistency} levels). Watches are served from an in-memory history of
 * this process's commits ({@link WatchHub}); a watch from an older revision (for instance from
 * before the file was opened) gets {@link WatchListener#onCompacted(long)} first.
 *
 * <p>Exceptions: {@code null} arguments are {@link NullPointerException}s; use after
 * {@link #close()} is an {@link IllegalStateException}; a file that cannot be opened, read or
 * written is a {@link StoreException} naming it. If writing a commit fails, its outcome is
 * unknown: the store closes itself and says so, and reopening the directory shows the truth.
 * Values are copied on the way in; the arrays handed out must not be modified.
 */
public final class FilePersistentStore implements PersistentStore {

    /** Commits kept in memory for watches by default. */
    public static final int DEFAULT_HISTORY = 100_000;

    private final Path directory;
    private final String namespace;
    private final WatchHub watches;
    private final StoreFile file;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ProcessLocks locks = new ProcessLocks();
    private volatile long revision;
    private volatile String closedBecause;

    /**
     * Opens (or creates) the store in {@code directory}.
     *
     * @param directory      the store's directory, created if missing; one process at a time
     * @param namespace      the namespace reported by {@link #namespace()}
     * @param historyCommits how many past commits to keep in memory for watches ({@code >= 0})
     * @throws StoreException when the directory is in use by another store, or its file is
     *                        corrupt or unreadable (the message names it)
     */
    public FilePersistentStore(Path directory, String namespace, int historyCommits) {
        this(directory, namespace, historyCommits, true);
    }

    /**
     * Opens the store in {@code directory}; creates it only when {@code create} is set.
     *
     * @param directory      the store's directory; one process at a time
     * @param namespace      the namespace reported by {@link #namespace()}
     * @param historyCommits how many past commits to keep in memory for watches ({@code >= 0})
     * @param create         whether a missing store (directory or file) is created; when not,
     *                        nothing is created and a missing store is a {@link StoreException}
     * @throws StoreException when there is no store and {@code create} is not set, the directory is
     *                        in use by another store, or its file is corrupt or unreadable (the
     *                        message names it)
     */
    public FilePersistentStore(Path directory, String namespace, int historyCommits, boolean create) {
        Objects.requireNonNull(directory, "directory");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.watches = new WatchHub(historyCommits, lock.writeLock());
        this.file = StoreFile.open(directory, create);
        this.directory = file.file().getParent();
        this.revision = file.revision();
    }

    /** Opens (or creates) the store in {@code directory}, with no namespace and the default history. */
    public static FilePersistentStore open(Path directory) {
        return new FilePersistentStore(directory, "", DEFAULT_HISTORY);
    }

    /** The absolute directory holding the store's file. */
    public Path directory() {
        return directory;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public KeyValue get(String key, ReadConsistency consistency) {
        Objects.requireNonNull(key, "key");
        lock.readLock().lock();
        try {
            ensureOpen();
            return read(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        Map<String, KeyValue> found = new LinkedHashMap<>();
        lock.readLock().lock();
        try {
            ensureOpen();
            for (String key : keys) {
                KeyValue kv = read(Objects.requireNonNull(key, "key"));
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

    /** Serves only the current revision (no older versions are kept), checked under the commit lock. */
    @Override
    public ScanPage scan(String prefix, String startAfter, int limit, long atRevision) {
        Objects.requireNonNull(prefix, "prefix");
        if (limit <= 0) {
            throw new IllegalArgumentException("scan limit must be positive: " + limit);
        }
        lock.readLock().lock();
        try {
            ensureOpen();
            if (atRevision >= 0 && atRevision != revision) {
                throw new RevisionUnavailableException(atRevision, "the file store is at revision " + revision
                        + ": cannot scan at revision " + atRevision);
            }
            try {
                return file.entries().scan(prefix, startAfter, limit);
            } catch (RuntimeException e) {
                throw file.failure("scanning [" + prefix + "]", e);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public CommitResult commit(Commit commit) {
        Objects.requireNonNull(commit, "commit");
        lock.writeLock().lock();
        try {
            ensureOpen();
            Set<String> failed = new LinkedHashSet<>();
            for (Condition condition : commit.conditions()) {
                if (!condition.holdsFor(read(condition.key()))) {
                    failed.add(condition.key());
                }
            }
            if (!failed.isEmpty()) {
                return CommitResult.failure(revision, failed);
            }
            if (commit.operations().isEmpty()) {
                return CommitResult.success(revision);
            }
            long rev = revision + 1;
            List<KeyChange> changes = applyOrRollBack(commit.operations(), rev);
            try {
                file.commitDurably(rev);
            } catch (RuntimeException e) {
                // Part of the chunk may be on disk: nobody can say whether the commit survived.
                shutDown("writing commit " + rev + " failed");
                throw new StoreException("file store [" + file.file() + "]: writing commit " + rev
                        + " failed, its outcome is unknown; the store closed itself, reopen the directory to see"
                        + " what is on disk: " + e.getMessage(), e);
            }
            revision = rev;
            watches.publish(rev, changes);
            return CommitResult.success(rev);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Applies the operations to the map (not yet to disk); on failure undoes them all. */
    private List<KeyChange> applyOrRollBack(List<Operation> operations, long rev) {
        try {
            file.housekeep();
            return file.entries().apply(operations, rev);
        } catch (RuntimeException e) {
            try {
                file.rollback();
            } catch (RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
                shutDown("undoing a failed commit failed");
            }
            throw file.failure("applying commit " + rev + " (nothing was applied)", e);
        }
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        ensureOpen();
        return watches.register(prefix, afterRevision, () -> revision, listener);
    }

    /**
     * Forgets the watch history up to and including {@code upToRevision}: a watch asked to start
     * before it gets {@link WatchListener#onCompacted(long)} first. The data is not affected.
     */
    public void compact(long upToRevision) {
        watches.compact(upToRevision);
    }

    /**
     * A lock of this process: the store file admits one process at a time, so no other process can
     * contend, and a crash ends the lock with the process; {@code lease} is not needed.
     */
    @Override
    public StoreLock tryLock(String key, Duration lease) {
        ensureOpen();
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lock lease must be positive: " + lease);
        }
        return locks.tryLock(Objects.requireNonNull(key, "key"));
    }

    @Override
    public long currentRevision() {
        return revision;
    }

    /** Commits anything pending, closes every watch and releases the file; idempotent. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closedBecause != null) {
                return;
            }
            closedBecause = "closed";
            watches.closeAll();
            file.close();
        } catch (RuntimeException e) {
            throw file.failure("closing", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "FilePersistentStore[" + directory + (namespace.isEmpty() ? "" : ", namespace " + namespace) + "]";
    }

    /** Reads one key; the caller holds the lock. */
    private KeyValue read(String key) {
        try {
            return file.entries().get(key);
        } catch (RuntimeException e) {
            throw file.failure("reading [" + key + "]", e);
        }
    }

    /** Closes after a write failure, without writing: memory no longer matches the disk. */
    private void shutDown(String reason) {
        closedBecause = reason;
        watches.closeAll();
        try {
            file.closeImmediately();
        } catch (RuntimeException ignored) {
            // Already failing; the caller's exception says what went wrong.
        }
    }

    private void ensureOpen() {
        String reason = closedBecause;
        if (reason != null) {
            throw new IllegalStateException("file persistent store [" + directory + "] is closed"
                    + ("closed".equals(reason) ? "" : " (" + reason + ")"));
        }
    }
}
