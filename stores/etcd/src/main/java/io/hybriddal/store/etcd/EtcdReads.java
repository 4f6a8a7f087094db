package io.hybriddal.store.etcd;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.kv.TxnResponse;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.GetOption;
import io.grpc.Status;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.RevisionUnavailableException;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The read side of the etcd store: single gets, multi-gets at one revision, paged prefix scans
 * and the current revision. Every call is bounded by {@link EtcdCalls}. A serializable get is
 * never older than the {@link NewestRevision} reported before it started: a member behind it
 * is passed over by reading again linearizably (one more round trip, only then; and a failure
 * while the cluster has no leader, where the member's older answer used to be returned). Reads
 * do not raise that revision: one member's newer answer does not make the others behind.
 * Thread-safe.
 */
final class EtcdReads {

    private final KV kv;
    private final KeyCodec codec;
    private final EtcdCalls calls;
    private final int maxTxnOps;
    private final NewestRevision newest;

    EtcdReads(KV kv, KeyCodec codec, EtcdCalls calls, int maxTxnOps, NewestRevision newest) {
        this.kv = kv;
        this.codec = codec;
        this.calls = calls;
        this.maxTxnOps = maxTxnOps;
        this.newest = newest;
    }

    KeyValue get(String key, ReadConsistency consistency) {
        long floor = newest.get();
        GetResponse response = calls.read(() -> kv.get(codec.encode(key), options(consistency, 0).build()), "get", key);
        if (consistency == ReadConsistency.SERIALIZABLE && response.getHeader().getRevision() < floor) {
            return get(key, ReadConsistency.LINEARIZABLE);
        }
        return response.getKvs().isEmpty() ? null : toKeyValue(response.getKvs().get(0), codec);
    }

    /**
     * Reads {@code keys} in transactions of at most maxTxnOps gets. The first chunk fixes the
     * revision and the others read at it, so the result is one consistent snapshot whatever its
     * size. Serializable chunks read again linearizably, all of them, when the first answers from
     * behind what this store reported, or a later one cannot be read at the first one's revision
     * (a member behind it, or a compaction meanwhile).
     */
    Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(keys));
        Map<String, KeyValue> found = new LinkedHashMap<>();
        if (distinct.isEmpty()) {
            return found;
        }
        long floor = newest.get();
        long revision = 0;
        for (int from = 0; from < distinct.size(); from += maxTxnOps) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + maxTxnOps));
            GetOption option = options(consistency, revision).build();
            Op[] gets = chunk.stream().map(k -> Op.get(codec.encode(k), option)).toArray(Op[]::new);
            TxnResponse response;
            try {
                response = calls.read(() -> kv.txn().Then(gets).commit(), "getAll of " + distinct.size() + " keys, first", chunk.get(0));
            } catch (StoreException e) {
                if (revision != 0 && consistency == ReadConsistency.SERIALIZABLE
                        && EtcdCalls.codeOf(e.getCause()) == Status.Code.OUT_OF_RANGE) {
                    return getAll(distinct, ReadConsistency.LINEARIZABLE); // a member behind the first chunk's revision, or compacted since
                }
                throw e;
            }
            if (revision == 0) {
                revision = response.getHeader().getRevision();
                if (consistency == ReadConsistency.SERIALIZABLE && revision < floor) {
                    return getAll(distinct, ReadConsistency.LINEARIZABLE);
                }
            }
            for (GetResponse get : response.getGetResponses()) {
                get.getKvs().forEach(entry -> {
                    KeyValue value = toKeyValue(entry, codec);
                    found.put(value.key(), value);
                });
            }
        }
        // Back to the caller's order: chunks came back in order, but keep it explicit.
        Map<String, KeyValue> ordered = new LinkedHashMap<>();
        for (String key : distinct) {
            KeyValue value = found.get(key);
            if (value != null) {
                ordered.put(key, value);
            }
        }
        return ordered;
    }

    /**
     * One page of keys under {@code prefix} after {@code startAfter}: the limit is applied by the
     * server, so a large prefix is never loaded at once, and a page after the first asks for
     * narrow windows of the prefix first ({@link ScanWindows}), so that it does not cost a walk
     * of every key after it. A page that fills up inside a window says {@code more} even if no
     * key is left after it (the next page is then empty), as the SPI allows.
     */
    ScanPage scan(String prefix, String startAfter, int limit) {
        return scan(prefix, startAfter, limit, 0);
    }

    /**
     * {@link #scan(String, String, int)} at {@code revision} (0: the latest); a compacted or
     * future revision is a {@link RevisionUnavailableException}. Without a revision, the windows
     * of one page may be read at different revisions: they cover disjoint keys, as two pages do.
     */
    ScanPage scan(String prefix, String startAfter, int limit, long revision) {
        if (limit <= 0) {
            throw new IllegalArgumentException("scan limit must be positive: " + limit);
        }
        // compared as etcd orders keys, by their bytes: UTF-16 order differs for some non-ASCII keys
        byte[] prefixStart = codec.rangeStart(prefix).getBytes();
        byte[] after = startAfter == null ? null : codec.successor(startAfter).getBytes();
        boolean fromPrefix = after == null || Arrays.compareUnsigned(after, prefixStart) <= 0;
        byte[] start = fromPrefix ? prefixStart : after;
        byte[] rangeEnd = codec.prefixEnd(prefix).getBytes();
        byte[][] ends = fromPrefix ? new byte[][] {rangeEnd} : ScanWindows.ends(start, codec.encodedLength(prefix), rangeEnd);
        String what = "scan of prefix [" + prefix + "] after [" + startAfter + "]" + (revision == 0 ? "" : " at revision " + revision);
        List<KeyValue> entries = new ArrayList<>(Math.min(limit, 1024));
        byte[] from = start;
        for (int i = 0; i < ends.length; i++) {
            GetResponse response = range(from, ends[i], limit - entries.size(), revision, what);
            response.getKvs().forEach(entry -> entries.add(toKeyValue(entry, codec)));
            boolean last = i == ends.length - 1;
            if (response.isMore() || entries.size() == limit || last) {
                return new ScanPage(entries, response.isMore() || (!last && entries.size() == limit));
            }
            from = ends[i];
        }
        throw new AssertionError("the last range is the prefix's end");
    }

    private GetResponse range(byte[] from, byte[] end, int limit, long revision, String what) {
        GetOption option = GetOption.builder()
                .withRange(ByteSequence.from(end))
                .withLimit(limit) // no sort option: etcd returns a range in key order, and any sort makes it read the whole range per page
                .withRevision(revision)
                .build();
        try {
            return calls.read(() -> kv.get(ByteSequence.from(from), option), what, null);
        } catch (StoreException e) {
            if (revision != 0 && EtcdCalls.codeOf(e.getCause()) == Status.Code.OUT_OF_RANGE) {
                throw new RevisionUnavailableException(revision, e.getMessage(), e.getCause());
            }
            throw e;
        }
    }

    /** The cluster's revision, from the header of a count-only read of one key. */
    long currentRevision() {
        GetOption countOnly = GetOption.builder().withCountOnly(true).build();
        long revision = calls.read(() -> kv.get(codec.probeKey(), countOnly), "read of the current revision", null)
                .getHeader().getRevision();
        newest.raise(revision);
        return revision;
    }

    private static GetOption.Builder options(ReadConsistency consistency, long revision) {
        return GetOption.builder()
                .withSerializable(consistency == ReadConsistency.SERIALIZABLE)
                .withRevision(revision);
    }

    static KeyValue toKeyValue(io.etcd.jetcd.KeyValue kv, KeyCodec codec) {
        return new KeyValue(codec.decode(kv.getKey()), kv.getValue().getBytes(), kv.getModRevision(), kv.getCreateRevision());
    }
}
