package io.hybriddal.store.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.Txn;
import io.etcd.jetcd.api.RangeResponse;
import io.etcd.jetcd.api.ResponseHeader;
import io.etcd.jetcd.api.ResponseOp;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.kv.TxnResponse;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.GetOption;
import io.grpc.Status;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.ReadConsistency;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A serializable read is never older than what the store object already reported: a member
 * behind it is passed over by reading again linearizably, and only then. A fake cluster answers:
 * the leader at revision 9 (values "new"), a lagging member at revision 5 (values "old").
 */
class EtcdReadsTest {

    private static final long LEADER = 9;
    private static final long LAGGING = 5;

    private final KeyCodec codec = new KeyCodec("ns");
    private final NewestRevision newest = new NewestRevision();
    private final Cluster cluster = new Cluster();

    @Test
    void get_readsAgainLinearizably_whenTheMemberAnsweringIsBehindWhatTheStoreReported() {
        newest.raise(LEADER); // e.g. a watch delivered revision 9
        cluster.serializableAnswers(LAGGING);

        KeyValue read = reads(128).get("o/a", ReadConsistency.SERIALIZABLE);

        assertThat(value(read)).isEqualTo("new");
        assertThat(cluster.sent).containsExactly("get serializable", "get linearizable");
    }

    @Test
    void get_takesTheLaggingMembersAnswer_whenItHasReachedWhatTheStoreReported() {
        newest.raise(LAGGING);
        cluster.serializableAnswers(LAGGING);

        KeyValue read = reads(128).get("o/a", ReadConsistency.SERIALIZABLE);

        assertThat(value(read)).isEqualTo("old");
        assertThat(cluster.sent).containsExactly("get serializable");
    }

    /** Availability: a faster member's answer does not make the others behind (only what the store reported counts). */
    @Test
    void get_takesALaggingAnswer_afterAFasterMembersOne_whenTheStoreReportedNothingNewer() {
        cluster.serializableAnswers(LEADER, LAGGING);
        EtcdReads reads = reads(128);

        assertThat(value(reads.get("o/a", ReadConsistency.SERIALIZABLE))).isEqualTo("new");
        assertThat(value(reads.get("o/a", ReadConsistency.SERIALIZABLE))).isEqualTo("old");
        assertThat(cluster.sent).containsExactly("get serializable", "get serializable");
    }

    @Test
    void currentRevision_isRecordedAsReported_soALaterSerializableGetIsNotOlder() {
        cluster.serializableAnswers(LAGGING);
        EtcdReads reads = reads(128);

        assertThat(reads.currentRevision()).isEqualTo(LEADER);
        assertThat(value(reads.get("o/a", ReadConsistency.SERIALIZABLE))).isEqualTo("new");
        assertThat(cluster.sent).containsExactly("get linearizable", "get serializable", "get linearizable");
    }

    @Test
    void getAll_readsAgainLinearizably_whenTheFirstChunkIsBehindWhatTheStoreReported() {
        newest.raise(LEADER);
        cluster.serializableAnswers(LAGGING);

        Map<String, KeyValue> read = reads(128).getAll(List.of("o/a", "o/b"), ReadConsistency.SERIALIZABLE);

        assertThat(read.values()).extracting(EtcdReadsTest::value).containsExactly("new", "new");
        assertThat(cluster.sent).containsExactly("txn serializable", "txn linearizable");
    }

    @Test
    void getAll_readsAgainLinearizably_whenALaterChunkMeetsAMemberBehindTheFirst() {
        cluster.serializableAnswers(LEADER, LAGGING); // one key per chunk: the second chunk asks revision 9 of the lagging member

        Map<String, KeyValue> read = reads(1).getAll(List.of("o/a", "o/b"), ReadConsistency.SERIALIZABLE);

        assertThat(read.values()).extracting(EtcdReadsTest::value).containsExactly("new", "new");
        assertThat(cluster.sent).containsExactly("txn serializable", "txn serializable refused",
                "txn linearizable", "txn linearizable");
    }

    @Test
    void getAll_takesTheLaggingMembersAnswer_whenNothingNewerWasReported() {
        cluster.serializableAnswers(LAGGING);

        Map<String, KeyValue> read = reads(128).getAll(List.of("o/a"), ReadConsistency.SERIALIZABLE);

        assertThat(read.values()).extracting(EtcdReadsTest::value).containsExactly("old");
        assertThat(cluster.sent).containsExactly("txn serializable");
        assertThat(newest.get()).isZero();
    }

    private EtcdReads reads(int maxTxnOps) {
        KV kv = (KV) Proxy.newProxyInstance(KV.class.getClassLoader(), new Class<?>[] {KV.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "get" -> cluster.get((ByteSequence) args[0], (GetOption) args[1]);
                    case "txn" -> cluster.txn();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new EtcdReads(kv, codec, new EtcdCalls(Duration.ofSeconds(5), "[fake]"), maxTxnOps, newest);
    }

    private static String value(KeyValue kv) {
        return new String(kv.value(), StandardCharsets.UTF_8);
    }

    /** Linearizable reads go to the leader; serializable ones to the members queued, then the leader. */
    private static final class Cluster {
        final List<String> sent = new ArrayList<>();
        private final Deque<Long> serializable = new ArrayDeque<>();

        void serializableAnswers(Long... memberRevisions) {
            serializable.addAll(List.of(memberRevisions));
        }

        CompletableFuture<GetResponse> get(ByteSequence key, GetOption option) {
            long member = member(option.isSerializable());
            sent.add("get " + (option.isSerializable() ? "serializable" : "linearizable"));
            return CompletableFuture.completedFuture(new GetResponse(range(member, ByteString.copyFrom(key.getBytes())), ByteSequence.EMPTY));
        }

        Txn txn() {
            List<Op> ops = new ArrayList<>();
            return (Txn) Proxy.newProxyInstance(Txn.class.getClassLoader(), new Class<?>[] {Txn.class}, (proxy, method, args) -> {
                if (method.getName().equals("Then")) {
                    ops.addAll(List.of((Op[]) args[0]));
                    return proxy;
                }
                if (!method.getName().equals("commit")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                GetOption option = (GetOption) field(ops.get(0), Op.GetOp.class, "option");
                long member = member(option.isSerializable());
                String kind = "txn " + (option.isSerializable() ? "serializable" : "linearizable");
                if (option.getRevision() > member) {
                    sent.add(kind + " refused");
                    return CompletableFuture.failedFuture(Status.OUT_OF_RANGE
                            .withDescription("etcdserver: mvcc: required revision is a future revision").asRuntimeException());
                }
                sent.add(kind);
                io.etcd.jetcd.api.TxnResponse.Builder response = io.etcd.jetcd.api.TxnResponse.newBuilder()
                        .setHeader(ResponseHeader.newBuilder().setRevision(member)).setSucceeded(true);
                for (Op op : ops) {
                    response.addResponses(ResponseOp.newBuilder().setResponseRange(range(member, (ByteString) field(op, Op.class, "key"))));
                }
                return CompletableFuture.completedFuture(new TxnResponse(response.build(), ByteSequence.EMPTY));
            });
        }

        private long member(boolean serializableRead) {
            return serializableRead && !serializable.isEmpty() ? serializable.removeFirst() : LEADER;
        }

        /** The member's answer for one key: its value as of its revision. */
        private static RangeResponse range(long member, ByteString key) {
            io.etcd.jetcd.api.KeyValue kv = io.etcd.jetcd.api.KeyValue.newBuilder()
                    .setKey(key)
                    .setValue(ByteString.copyFromUtf8(member >= LEADER ? "new" : "old"))
                    .setModRevision(member - 1)
                    .setCreateRevision(1)
                    .build();
            return RangeResponse.newBuilder().setHeader(ResponseHeader.newBuilder().setRevision(member)).addKvs(kv).setCount(1).build();
        }

        /** jetcd keeps an op's key and options to itself; the fake reads them to answer like a member would. */
        private static Object field(Object op, Class<?> owner, String name) {
            try {
                Field field = owner.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(op);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
