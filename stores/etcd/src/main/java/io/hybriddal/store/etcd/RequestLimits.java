package io.hybriddal.store.etcd;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.Condition;
import io.hybriddal.dal.spi.Operation;

/**
 * Refuses, before anything is sent, the commits the server would refuse for their size: etcd's
 * {@code --max-request-bytes} and {@code --max-txn-ops}. Checking here gives a message that names
 * the key and the limit instead of gRPC's "request is too large", and never half-sends a request
 * that cannot succeed. Immutable and thread-safe.
 */
final class RequestLimits {

    /**
     * Protobuf framing per key or operation (tags, lengths, the nested message headers): a
     * generous bound so that a request estimated under the limit is never refused by the server.
     */
    static final int OVERHEAD_PER_ENTRY = 32;

    private final KeyCodec codec;
    private final int maxRequestBytes;
    private final int maxTxnOps;

    RequestLimits(KeyCodec codec, int maxRequestBytes, int maxTxnOps) {
        this.codec = codec;
        this.maxRequestBytes = maxRequestBytes;
        this.maxTxnOps = maxTxnOps;
    }

    int maxTxnOps() {
        return maxTxnOps;
    }

    /**
     * Checks {@code commit} against both limits. Counts conditions plus operations as written
     * (before duplicate keys are folded), which is what {@link Commit#size()} promises callers.
     *
     * @throws StoreException naming the key, the size and the limit when it is over
     */
    void check(Commit commit) {
        if (commit.size() > maxTxnOps) {
            throw new StoreException("etcd commit of " + commit.conditions().size() + " conditions and "
                    + commit.operations().size() + " operations (first key [" + firstKey(commit) + "]) exceeds the limit of "
                    + maxTxnOps + " operations per transaction: this is etcd's --max-txn-ops; raise it on every member"
                    + " (etcd --max-txn-ops=N) and pass maxTxnOps=N in the store URI, or commit less at once");
        }
        long total = 0;
        for (Operation op : commit.operations()) {
            long bytes = codec.encodedLength(op.key()) + OVERHEAD_PER_ENTRY;
            if (op instanceof Operation.Put put) {
                bytes += put.value().length;
                if (bytes > maxRequestBytes) {
                    throw new StoreException("etcd put of [" + op.key() + "]: value of " + put.value().length
                            + " bytes exceeds the request limit of " + maxRequestBytes
                            + " bytes (etcd's --max-request-bytes, maxRequestBytes in the store URI)");
                }
            }
            total += bytes;
        }
        for (Condition condition : commit.conditions()) {
            // Each condition is sent twice: as a compare and as a get in the failure branch.
            total += 2L * (codec.encodedLength(condition.key()) + OVERHEAD_PER_ENTRY);
        }
        if (total > maxRequestBytes) {
            throw new StoreException("etcd commit of " + commit.operations().size() + " operations (first key ["
                    + firstKey(commit) + "]) is about " + total + " bytes, over the request limit of " + maxRequestBytes
                    + " bytes (etcd's --max-request-bytes, maxRequestBytes in the store URI): split it");
        }
    }

    private static String firstKey(Commit commit) {
        if (!commit.operations().isEmpty()) {
            return commit.operations().get(0).key();
        }
        return commit.conditions().isEmpty() ? "" : commit.conditions().get(0).key();
    }
}
