package io.hybriddal.store.etcd;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.kv.TxnResponse;
import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.etcd.jetcd.op.Cmp;
import io.etcd.jetcd.op.CmpTarget;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.PutOption;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.StoreLock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A {@link StoreLock} as an etcd key attached to a lease of its own: taken by a transaction that
 * puts the key only if it does not exist, renewed by a lease keep-alive, released by revoking the
 * lease (which deletes the key). If the holder dies, etcd expires the lease after its TTL and
 * deletes the key: the lock is free again without anyone's clock. Thread-safe.
 */
final class EtcdLock implements StoreLock {

    private final Client client;
    private final EtcdCalls calls;
    private final String key;
    private final long leaseId;
    private volatile boolean closed;

    private EtcdLock(Client client, EtcdCalls calls, String key, long leaseId) {
        this.client = client;
        this.calls = calls;
        this.key = key;
        this.leaseId = leaseId;
    }

    /** The lock on {@code key} with a lease of {@code lease} (rounded up to whole seconds, at least 2), or null when held. */
    static StoreLock tryLock(Client client, EtcdCalls calls, KeyCodec codec, String key, Duration lease) {
        long ttl = Math.max(2, (lease.toMillis() + 999) / 1000);
        long leaseId = calls.await(client.getLeaseClient().grant(ttl), "lease grant for lock [" + key + "]", false).getID();
        ByteSequence etcdKey = codec.encode(key);
        TxnResponse taken;
        try {
            taken = calls.await(client.getKVClient().txn()
                    .If(new Cmp(etcdKey, Cmp.Op.EQUAL, CmpTarget.version(0)))
                    .Then(Op.put(etcdKey, ByteSequence.from(Long.toHexString(leaseId), StandardCharsets.UTF_8),
                            PutOption.builder().withLeaseId(leaseId).build()))
                    .commit(), "lock [" + key + "]", true);
        } catch (StoreException e) {
            revokeQuietly(client, leaseId);
            throw e;
        }
        if (!taken.isSucceeded()) {
            revokeQuietly(client, leaseId);
            return null;
        }
        return new EtcdLock(client, calls, key, leaseId);
    }

    private static void revokeQuietly(Client client, long leaseId) {
        client.getLeaseClient().revoke(leaseId); // unused leases expire anyway
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public boolean renew() {
        if (closed) {
            return false;
        }
        try {
            LeaseKeepAliveResponse kept = calls.await(client.getLeaseClient().keepAliveOnce(leaseId), "lease keep-alive of lock [" + key + "]",
                    false);
            return kept.getTTL() > 0;
        } catch (StoreException e) {
            if (EtcdCalls.codeOf(e.getCause()) == io.grpc.Status.Code.NOT_FOUND) {
                return false; // the lease expired
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            calls.await(client.getLeaseClient().revoke(leaseId), "lease revoke of lock [" + key + "]", true);
        }
    }
}
