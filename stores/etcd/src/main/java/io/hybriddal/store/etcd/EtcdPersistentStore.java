package io.hybriddal.store.etcd;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.kv.TxnResponse;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import io.hybriddal.dal.spi.StoreLock;
import io.hybriddal.dal.spi.StoreUri;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link PersistentStore} on an etcd v3 cluster through jetcd; opened from
 * {@code etcd://host:port[,host:port...]/namespace?...} (see {@link EtcdOptions} for the
 * parameters: auth, TLS, timeout and the server's request limits).
 *
 * <p>Every key lives under {@code <namespace>/}; a commit is one etcd transaction; a watch
 * resumes by itself after lost connections and reports compaction. Every call is bounded by the
 * URI's {@code timeoutMs} and fails with a {@link io.hybriddal.dal.StoreException} naming the
 * operation, the key and the endpoints (never the password); a commit too large for the server
 * is refused before it is sent. Arguments must not be {@code null}.
 *
 * <p>Thread-safe: one instance (one gRPC connection) is meant to be shared by a whole process.
 */
public final class EtcdPersistentStore implements PersistentStore {

    private final EtcdOptions options;
    private final Client client;
    private final KeyCodec codec;
    private final EtcdCalls calls;
    private final EtcdReads reads;
    private final CommitTxn txns;
    private final RequestLimits limits;
    private final NewestRevision newest = new NewestRevision();
    private final Set<EtcdWatch> watches = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private EtcdPersistentStore(EtcdOptions options) {
        this.options = options;
        this.client = EtcdClients.build(options);
        this.codec = new KeyCodec(options.namespace());
        this.calls = new EtcdCalls(options.timeout(), options.endpointList());
        this.reads = new EtcdReads(client.getKVClient(), codec, calls, options.maxTxnOps(), newest);
        this.txns = new CommitTxn(codec);
        this.limits = new RequestLimits(codec, options.maxRequestBytes(), options.maxTxnOps());
    }

    /**
     * Opens the store {@code uri} names. Does not contact the cluster: the first call does, so a
     * cluster that is down shows as a {@link io.hybriddal.dal.StoreException} then.
     *
     * @throws IllegalArgumentException when the URI is malformed (the message shows it redacted)
     * @throws io.hybriddal.dal.StoreException when the TLS files cannot be read
     */
    public static EtcdPersistentStore open(String uri) {
        return open(StoreUri.parse(uri));
    }

    /** {@link #open(String)} for a parsed URI. */
    public static EtcdPersistentStore open(StoreUri uri) {
        return new EtcdPersistentStore(EtcdOptions.from(uri));
    }

    @Override
    public String namespace() {
        return codec.namespace();
    }

    @Override
    public KeyValue get(String key, ReadConsistency consistency) {
        ensureOpen();
        return reads.get(Objects.requireNonNull(key, "key"), Objects.requireNonNull(consistency, "consistency"));
    }

    @Override
    public Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        ensureOpen();
        return reads.getAll(Objects.requireNonNull(keys, "keys"), Objects.requireNonNull(consistency, "consistency"));
    }

    @Override
    public ScanPage scan(String prefix, String startAfter, int limit) {
        ensureOpen();
        return reads.scan(Objects.requireNonNull(prefix, "prefix"), startAfter, limit);
    }

    /** Reads the past: etcd keeps every version back to its last compaction. */
    @Override
    public ScanPage scan(String prefix, String startAfter, int limit, long atRevision) {
        ensureOpen();
        if (atRevision <= 0) {
            throw new IllegalArgumentException("scan revision must be positive: " + atRevision);
        }
        return reads.scan(Objects.requireNonNull(prefix, "prefix"), startAfter, limit, atRevision);
    }

    @Override
    public CommitResult commit(Commit commit) {
        ensureOpen();
        limits.check(Objects.requireNonNull(commit, "commit"));
        TxnResponse response = calls.await(txns.send(client.getKVClient(), commit), () -> describe(commit),
                !commit.operations().isEmpty());
        newest.raise(response.getHeader().getRevision());
        return txns.result(commit, response);
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        return watch(prefix, afterRevision, listener, true);
    }

    /** Without etcd's prevKV: the server neither looks up nor sends the previous value of each changed key. */
    @Override
    public StoreWatch watchWithoutPrevious(String prefix, long afterRevision, WatchListener listener) {
        return watch(prefix, afterRevision, listener, false);
    }

    private StoreWatch watch(String prefix, long afterRevision, WatchListener listener, boolean previousValues) {
        ensureOpen();
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(listener, "listener");
        if (afterRevision < 0) {
            throw new IllegalArgumentException("watch revision must not be negative: " + afterRevision);
        }
        // "From now" is pinned to a revision, so that a resume before the first event misses nothing.
        long start = afterRevision == 0 ? reads.currentRevision() : afterRevision;
        EtcdWatch watch = new EtcdWatch(client.getWatchClient(), codec, prefix, start, previousValues, listener, newest,
                watches::remove);
        watches.add(watch);
        return watch;
    }

    /** A key attached to an etcd lease ({@link EtcdLock}): a crashed holder's lock expires with its lease, by etcd's clock. */
    @Override
    public StoreLock tryLock(String key, Duration lease) {
        ensureOpen();
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lock lease must be positive: " + lease);
        }
        return EtcdLock.tryLock(client, calls, codec, Objects.requireNonNull(key, "key"), lease);
    }

    @Override
    public int maxCommitOperations() {
        return limits.maxTxnOps();
    }

    @Override
    public long currentRevision() {
        ensureOpen();
        return reads.currentRevision();
    }

    /** The newest revision this store has reported (tests). */
    long newestRevision() {
        return newest.get();
    }

    /** The settings this store was opened with (password hidden in {@code toString}). */
    EtcdOptions options() {
        return options;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List.copyOf(watches).forEach(EtcdWatch::close);
        client.close();
    }

    @Override
    public String toString() {
        return "EtcdPersistentStore" + options;
    }

    private static String describe(Commit commit) {
        String first = !commit.operations().isEmpty() ? commit.operations().get(0).key()
                : commit.conditions().isEmpty() ? "" : commit.conditions().get(0).key();
        return "commit of " + commit.conditions().size() + " conditions and " + commit.operations().size()
                + " operations (first key [" + first + "])";
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("etcd persistent store " + options.endpointList() + "/" + namespace() + " is closed");
        }
    }
}
