package io.hybriddal.dal.spi;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * A transactional key-value store with store-wide revisions: where hybrid-dal keeps objects,
 * their indexes and everything else that must survive.
 *
 * <p>Keys handed in by hybrid-dal are printable ASCII, compared in byte order. Implementations
 * are thread-safe. Failures to reach the store, or a value or commit the store cannot take, are
 * reported as {@link io.hybriddal.dal.StoreException}; a commit whose conditions do not hold is
 * not a failure but a {@link CommitResult} with {@code succeeded == false}.
 *
 * <p>The method names are part of the contract so that wrappers (metrics, fault injection) can
 * rely on them.
 */
public interface PersistentStore extends AutoCloseable {

    /**
     * Opens the store a URI names, through the {@link PersistentStoreProvider}s on the class path:
     * {@code memory:}, {@code file:<dir>}, {@code etcd://host:port[,host:port]/namespace}.
     *
     * @throws IllegalArgumentException when no provider handles the URI's scheme (the message
     *                                  names the module to add)
     * @throws io.hybriddal.dal.StoreException when the store cannot be opened
     */
    static PersistentStore open(String uri) {
        return StoreUris.openPersistent(uri);
    }

    /**
     * The namespace of this store's data ("" for none). Volatile-store keys are prefixed with it,
     * so that one cache can serve stores of several namespaces.
     */
    String namespace();

    /** The entry under {@code key}, or {@code null} if there is none. */
    KeyValue get(String key, ReadConsistency consistency);

    /** {@link #get(String, ReadConsistency)} with {@link ReadConsistency#LINEARIZABLE}. */
    default KeyValue get(String key) {
        return get(key, ReadConsistency.LINEARIZABLE);
    }

    /**
     * The entries under {@code keys}, read at one revision; keys without an entry are left out.
     * The map iterates in the order of {@code keys}.
     */
    Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency);

    /** {@link #getAll(Collection, ReadConsistency)} with {@link ReadConsistency#LINEARIZABLE}. */
    default Map<String, KeyValue> getAll(Collection<String> keys) {
        return getAll(keys, ReadConsistency.LINEARIZABLE);
    }

    /**
     * At most {@code limit} entries whose keys start with {@code prefix} and sort after
     * {@code startAfter} (all of them when {@code null}), in ascending key order: the store's
     * own, used alike for {@code startAfter}. etcd orders keys by their UTF-8 bytes, the memory
     * store by {@link String#compareTo}; the two differ only between a character beyond U+FFFF
     * and one from U+E000 to U+FFFF (the Dal escapes values and guids in keys to ASCII).
     */
    ScanPage scan(String prefix, String startAfter, int limit);

    /**
     * {@link #scan(String, String, int)} as the store was at {@code atRevision}: paging with one
     * {@code atRevision} gives a consistent view of the prefix however long the paging takes.
     *
     * <p>The default suits stores whose scans see one revision and that keep no older versions
     * (the embedded stores): it serves only the current revision, checking it before and after
     * the page. Stores that keep versions (etcd) override it to read the past.
     *
     * @throws RevisionUnavailableException when the store cannot read at {@code atRevision} (it
     *                                      moved on, or that history was compacted); scanning
     *                                      again at a fresh {@link #currentRevision()} may succeed
     * @throws IllegalArgumentException     when {@code limit} is not positive
     */
    default ScanPage scan(String prefix, String startAfter, int limit, long atRevision) {
        RevisionUnavailableException.check(this, atRevision);
        ScanPage page = scan(prefix, startAfter, limit);
        RevisionUnavailableException.check(this, atRevision);
        return page;
    }

    /**
     * Applies {@code commit} atomically if all its conditions hold.
     *
     * @throws io.hybriddal.dal.StoreException when the store cannot be reached or refuses the
     *                                         commit (too large, too many operations); then
     *                                         nothing was applied, or the outcome is unknown
     *                                         and the message says so
     */
    CommitResult commit(Commit commit);

    /**
     * {@link #commit(Commit)} on behalf of {@code origin}, an object naming one client of this
     * store (compared by identity): watches that client opened for the same origin
     * ({@link #watchWithoutPrevious(String, long, Object, WatchListener)}) may leave this commit
     * out, because the client applies its own commits itself when this returns. The default
     * ignores the origin: the commit is delivered to every watch.
     */
    default CommitResult commit(Commit commit, Object origin) {
        return commit(commit);
    }

    /**
     * Delivers every change under {@code prefix} with a revision greater than
     * {@code afterRevision} (0: only changes from now on), in revision order, until closed.
     */
    StoreWatch watch(String prefix, long afterRevision, WatchListener listener);

    /**
     * Takes the lock on {@code key} for {@code lease} if no one holds it: one holder at a time
     * across every process sharing this store (hybrid-dal's migrator holds one). A holder that
     * dies loses the lock when its lease runs out, or when its process ends on stores whose locks
     * belong to processes (the file store).
     *
     * <p>The default keeps the lock as {@code key} itself ({@link KeyLeaseLock}, by the system
     * clock); stores with leases or locks of their own override it.
     *
     * @return the lock, or {@code null} when another holder has it
     * @throws IllegalArgumentException when {@code lease} is not positive
     * @throws io.hybriddal.dal.StoreException when the store cannot be reached
     */
    default StoreLock tryLock(String key, Duration lease) {
        return KeyLeaseLock.tryLock(this, key, lease, Clock.systemUTC());
    }

    /**
     * The most conditions plus operations ({@link Commit#size()}) one commit may hold: callers with
     * more to write atomically split it (plans write in batches under a log). Unlimited by default.
     */
    default int maxCommitOperations() {
        return Integer.MAX_VALUE;
    }

    /**
     * As {@link #watch}, for a listener that never reads {@link KeyChange#previousValue()} (a
     * cache that only learns which keys changed): a store may then deliver it as null and spare
     * the work of finding and sending it (etcd's prevKV). Everything else is as {@link #watch}.
     */
    default StoreWatch watchWithoutPrevious(String prefix, long afterRevision, WatchListener listener) {
        return watch(prefix, afterRevision, listener);
    }

    /**
     * As {@link #watchWithoutPrevious(String, long, WatchListener)}, for a listener whose client
     * applies the commits it makes through {@link #commit(Commit, Object)} with {@code origin}
     * itself: the store may leave those commits out of this watch (and says so through
     * {@link StoreWatch#leavesOutOwnCommits()}), sparing the delivery of an echo. Every other
     * commit is delivered as by {@link #watch}, in revision order. The default leaves nothing out.
     */
    default StoreWatch watchWithoutPrevious(String prefix, long afterRevision, Object origin, WatchListener listener) {
        return watchWithoutPrevious(prefix, afterRevision, listener);
    }

    /** The revision of the latest commit the store has applied. */
    long currentRevision();

    /** Releases connections and threads; idempotent. */
    @Override
    void close();
}
