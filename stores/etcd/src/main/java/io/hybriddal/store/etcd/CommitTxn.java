package io.hybriddal.store.etcd;

import io.etcd.jetcd.KV;
import io.etcd.jetcd.Txn;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.kv.TxnResponse;
import io.etcd.jetcd.op.Cmp;
import io.etcd.jetcd.op.CmpTarget;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.DeleteOption;
import io.etcd.jetcd.options.GetOption;
import io.etcd.jetcd.options.PutOption;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.Condition;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.Operation;
import io.etcd.jetcd.ByteSequence;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One {@link Commit} as one etcd transaction: conditions become compares (ABSENT: version == 0,
 * PRESENT: version > 0, REVISION: mod_revision == r), operations the success branch, and gets of
 * the condition keys the failure branch, so that a failed commit learns which conditions failed
 * in the same round trip and at the same revision. Stateless apart from its codec; thread-safe.
 */
final class CommitTxn {

    private final KeyCodec codec;

    CommitTxn(KeyCodec codec) {
        this.codec = codec;
    }

    /**
     * Sends {@code commit} (already checked against the limits) and returns the future reply.
     * Each condition key is encoded once, for its compare and its get; arrays are filled
     * directly, and a commit that writes every key once (the usual case) is not folded.
     */
    CompletableFuture<TxnResponse> send(KV kv, Commit commit) {
        List<Condition> conditions = commit.conditions();
        int n = conditions.size();
        Cmp[] compares = new Cmp[n];
        Op[] otherwise = new Op[n];
        int gets = 0;
        Set<String> seen = n > 1 ? new HashSet<>(2 * n) : null;
        for (int i = 0; i < n; i++) {
            Condition c = conditions.get(i);
            ByteSequence key = codec.encode(c.key());
            compares[i] = switch (c.kind()) {
                case ABSENT -> new Cmp(key, Cmp.Op.EQUAL, CmpTarget.version(0));
                case PRESENT -> new Cmp(key, Cmp.Op.GREATER, CmpTarget.version(0));
                case REVISION -> new Cmp(key, Cmp.Op.EQUAL, CmpTarget.modRevision(c.revision()));
            };
            if (seen == null || seen.add(c.key())) { // one get per key, in the order of conditionKeys
                otherwise[gets++] = Op.get(key, GetOption.DEFAULT);
            }
        }
        List<Operation> operations = lastPerKey(commit.operations());
        Op[] then = new Op[operations.size()];
        for (int i = 0; i < then.length; i++) {
            Operation op = operations.get(i);
            then[i] = op instanceof Operation.Put put
                    ? Op.put(codec.encode(put.key()), ByteSequence.from(put.value()), PutOption.DEFAULT)
                    : Op.delete(codec.encode(op.key()), DeleteOption.DEFAULT);
        }
        Txn txn = kv.txn()
                .If(compares)
                .Then(then)
                .Else(gets == n ? otherwise : Arrays.copyOf(otherwise, gets));
        return txn.commit();
    }

    /** The outcome of {@code commit} from the server's reply. */
    CommitResult result(Commit commit, TxnResponse response) {
        long revision = response.getHeader().getRevision();
        if (response.isSucceeded()) {
            return CommitResult.success(revision);
        }
        Map<String, KeyValue> current = new LinkedHashMap<>();
        List<String> keys = List.copyOf(conditionKeys(commit));
        List<GetResponse> gets = response.getGetResponses();
        for (int i = 0; i < keys.size() && i < gets.size(); i++) {
            GetResponse get = gets.get(i);
            current.put(keys.get(i), get.getKvs().isEmpty() ? null : EtcdReads.toKeyValue(get.getKvs().get(0), codec));
        }
        Set<String> failed = new LinkedHashSet<>();
        for (Condition c : commit.conditions()) {
            if (!c.holdsFor(current.get(c.key()))) {
                failed.add(c.key());
            }
        }
        // Cannot happen (compares and gets ran at one revision), but a failure must name keys.
        return CommitResult.failure(revision, failed.isEmpty() ? Set.copyOf(keys) : failed);
    }

    /**
     * The operations with one per key, the last written for it, at the place of the key's first
     * operation: etcd refuses a txn that writes a key twice, and the last operation wins anyway.
     */
    static List<Operation> lastPerKey(List<Operation> operations) {
        Set<String> keys = new HashSet<>(2 * operations.size());
        for (Operation op : operations) {
            if (!keys.add(op.key())) {
                return folded(operations);
            }
        }
        return operations;
    }

    private static List<Operation> folded(List<Operation> operations) {
        Map<String, Operation> byKey = new LinkedHashMap<>();
        for (Operation op : operations) {
            byKey.put(op.key(), op);
        }
        return List.copyOf(byKey.values());
    }

    private static Set<String> conditionKeys(Commit commit) {
        Set<String> keys = new LinkedHashSet<>();
        commit.conditions().forEach(c -> keys.add(c.key()));
        return keys;
    }
}
