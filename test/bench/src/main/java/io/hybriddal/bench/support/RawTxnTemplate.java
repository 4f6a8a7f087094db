package io.hybriddal.bench.support;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.kv.TxnResponse;
import io.etcd.jetcd.op.Cmp;
import io.etcd.jetcd.op.CmpTarget;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.DeleteOption;
import io.etcd.jetcd.options.GetOption;
import io.etcd.jetcd.options.PutOption;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.Condition;
import io.hybriddal.dal.spi.Operation;
import io.hybriddal.dal.spi.support.RecordingPersistentStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A raw jetcd transaction with exactly the keys and compares of a commit hybrid-dal sent (captured
 * with {@link RecordingPersistentStore}), replayed in another namespace: the same compares (modRevision of
 * the document, presence of relation targets), the same puts and deletes (one per key, as the
 * etcd store sends them), and the same Else branch (a get of every compared key, which tells a
 * failed commit which compare failed). The document's compare uses the revision of this template's previous
 * transaction, as hybrid-dal's does. Keys and values are encoded once; a call builds only the
 * revision compare and the request.
 */
public final class RawTxnTemplate {

    private final String revisionKey;
    private final ByteSequence revisionKeyBytes;
    private final Cmp[] fixedCompares;
    private final Op[] operations;
    private final Op[] otherwise;

    public RawTxnTemplate(Commit commit, String namespace) {
        String revKey = null;
        List<Cmp> fixed = new ArrayList<>();
        Map<String, Op> gets = new LinkedHashMap<>();
        for (Condition c : commit.conditions()) {
            ByteSequence key = RawEtcd.key(namespace, c.key());
            gets.putIfAbsent(c.key(), Op.get(key, GetOption.DEFAULT));
            switch (c.kind()) {
                case REVISION -> {
                    if (revKey != null) {
                        throw new IllegalArgumentException("more than one revision compare: " + commit);
                    }
                    revKey = c.key();
                }
                case PRESENT -> fixed.add(new Cmp(key, Cmp.Op.GREATER, CmpTarget.version(0)));
                case ABSENT -> fixed.add(new Cmp(key, Cmp.Op.EQUAL, CmpTarget.version(0)));
            }
        }
        if (revKey == null) {
            throw new IllegalArgumentException("the commit has no revision compare: " + commit);
        }
        Map<String, Operation> lastPerKey = new LinkedHashMap<>();
        commit.operations().forEach(op -> lastPerKey.put(op.key(), op));
        List<Op> ops = new ArrayList<>();
        for (Operation op : lastPerKey.values()) {
            ByteSequence key = RawEtcd.key(namespace, op.key());
            ops.add(op instanceof Operation.Put put ? Op.put(key, ByteSequence.from(put.value()), PutOption.DEFAULT)
                    : Op.delete(key, DeleteOption.DEFAULT));
        }
        this.revisionKey = revKey;
        this.revisionKeyBytes = RawEtcd.key(namespace, revKey);
        this.fixedCompares = fixed.toArray(Cmp[]::new);
        this.operations = ops.toArray(Op[]::new);
        this.otherwise = gets.values().toArray(Op[]::new);
    }

    /** The store key whose modRevision the transaction compares (the document). */
    public String revisionKey() {
        return revisionKey;
    }

    /** The keys that must exist for the compares to hold (relation targets). */
    public int size() {
        return fixedCompares.length + 1 + operations.length;
    }

    /** Sends the transaction comparing the document against {@code revision}; returns the new revision. */
    public long send(KV kv, long revision) throws Exception {
        Cmp[] compares = new Cmp[fixedCompares.length + 1];
        compares[0] = new Cmp(revisionKeyBytes, Cmp.Op.EQUAL, CmpTarget.modRevision(revision));
        System.arraycopy(fixedCompares, 0, compares, 1, fixedCompares.length);
        TxnResponse response = kv.txn().If(compares).Then(operations).Else(otherwise).commit().get(5, TimeUnit.SECONDS);
        if (!response.isSucceeded()) {
            throw new IllegalStateException("raw transaction failed its compares at revision " + revision);
        }
        return response.getHeader().getRevision();
    }
}
