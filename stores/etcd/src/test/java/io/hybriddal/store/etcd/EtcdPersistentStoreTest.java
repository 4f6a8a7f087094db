package io.hybriddal.store.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.testservers.EtcdProcess;
import io.hybriddal.testservers.FreePorts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What is specific to etcd: its request limits, txn shape, paging and failure reporting. */
class EtcdPersistentStoreTest {

    private static final AtomicInteger NAMESPACES = new AtomicInteger();
    private static EtcdProcess etcd;
    private PersistentStore store;

    @BeforeAll
    static void startEtcd() {
        etcd = EtcdProcess.start();
        // A measured fact for reports (surefire keeps it in the test's output file).
        System.out.println("EtcdProcess.start() took " + etcd.startupTime().toMillis() + " ms");
    }

    @AfterAll
    static void stopEtcd() {
        if (etcd != null) {
            etcd.close();
        }
    }

    @BeforeEach
    void openStore() {
        store = PersistentStore.open(etcd.uri("specific-" + NAMESPACES.incrementAndGet()));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** What the store reports it has first recorded: its serializable reads will not be older (EtcdReadsTest). */
    @Test
    void newestRevision_isRecordedBeforeACommitOrAWatchedChangeIsReported() throws Exception {
        EtcdPersistentStore etcdStore = (EtcdPersistentStore) store;
        BlockingQueue<Long> aheadAtDelivery = new LinkedBlockingQueue<>();
        StoreWatch watch = store.watch("k", 0, new WatchListener() {
            @Override
            public void onChanges(List<io.hybriddal.dal.spi.KeyChange> changes) {
                aheadAtDelivery.add(etcdStore.newestRevision() - changes.get(0).revision());
            }

            @Override
            public void onCompacted(long compactRevision) {
            }

            @Override
            public void onError(Throwable error) {
            }
        });
        try (PersistentStore other = PersistentStore.open(etcd.uri(store.namespace()))) {
            other.commit(Commit.builder().put("k", utf8("from another process")).build());

            assertThat(aheadAtDelivery.poll(10, TimeUnit.SECONDS)).isNotNull().isGreaterThanOrEqualTo(0L);
            CommitResult own = store.commit(Commit.builder().put("other/k", utf8("own")).build()); // outside the watch
            assertThat(etcdStore.newestRevision()).isGreaterThanOrEqualTo(own.revision());
        } finally {
            watch.close();
        }
    }

    @Test
    void commit_isRefusedBeforeSending_whenValueExceedsRequestLimit() {
        long before = store.currentRevision();
        Commit commit = Commit.builder().put("small", utf8("x")).put("big", new byte[1_600_000]).build();

        assertThatThrownBy(() -> store.commit(commit))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("[big]")
                .hasMessageContaining("1572864")
                .hasMessageContaining("--max-request-bytes");
        assertThat(store.get("small")).isNull();
        assertThat(store.currentRevision()).isEqualTo(before);
    }

    @Test
    void commit_isRefusedBeforeSending_whenTheWholeRequestExceedsTheLimitOfTheUri() {
        try (PersistentStore small = PersistentStore.open(etcd.uri("specific-small") + "?maxRequestBytes=2000")) {
            Commit commit = Commit.builder().put("a", new byte[900]).put("b", new byte[900]).put("c", new byte[900]).build();

            assertThatThrownBy(() -> small.commit(commit))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("first key [a]")
                    .hasMessageContaining("2000");
            assertThat(small.get("a")).isNull();
        }
    }

    @Test
    void commit_isRefusedWithHowToRaiseTheLimit_whenConditionsAndOperationsExceedMaxTxnOps() {
        Commit.Builder builder = Commit.builder();
        for (int i = 0; i < 64; i++) {
            builder.requireAbsent("c" + i);
        }
        for (int i = 0; i < 65; i++) {
            builder.put("p" + i, utf8("v"));
        }

        assertThatThrownBy(() -> store.commit(builder.build()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("128")
                .hasMessageContaining("--max-txn-ops")
                .hasMessageContaining("maxTxnOps=");
        assertThat(store.get("p0")).isNull();
    }

    @Test
    void commit_succeeds_whenConditionsAndOperationsAreExactlyAtMaxTxnOps() {
        Commit.Builder builder = Commit.builder();
        for (int i = 0; i < 64; i++) {
            builder.requireAbsent("c" + i).put("p" + i, utf8("v" + i));
        }

        assertThat(store.commit(builder.build()).succeeded()).isTrue();
        assertThat(store.get("p63").value()).isEqualTo(utf8("v63"));
    }

    @Test
    void commit_reportsExactlyTheFailedConditionKeys_inTheSameRoundTrip() {
        long rev = store.commit(Commit.builder().put("a", utf8("1")).put("b", utf8("1")).build()).revision();
        store.commit(Commit.builder().put("b", utf8("2")).build());

        CommitResult result = store.commit(Commit.builder()
                .requireRevision("a", rev)      // holds
                .requireRevision("b", rev)      // stale
                .requireAbsent("a")             // a exists
                .requirePresent("missing")      // absent
                .requireAbsent("fresh")         // holds
                .put("out", utf8("x"))
                .build());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.failedKeys()).containsExactlyInAnyOrder("b", "a", "missing");
        assertThat(result.revision()).isEqualTo(store.currentRevision());
        assertThat(store.get("out")).isNull();
    }

    @Test
    void commit_appliesOnlyTheLastOperation_whenAKeyIsWrittenSeveralTimes() {
        store.commit(Commit.builder().put("gone", utf8("old")).build());

        CommitResult result = store.commit(Commit.builder()
                .put("k", utf8("first")).delete("k").put("k", utf8("last"))
                .put("gone", utf8("again")).delete("gone")
                .build());

        assertThat(result.succeeded()).isTrue();
        assertThat(store.get("k").value()).isEqualTo(utf8("last"));
        assertThat(store.get("gone")).isNull();
    }

    @Test
    void getAll_returnsTheGivenKeyOrderAtOneRevision_whenThereAreMoreKeysThanOneTxnTakes() {
        List<String> keys = new ArrayList<>();
        for (int chunk = 0; chunk < 3; chunk++) {
            Commit.Builder builder = Commit.builder();
            for (int i = 0; i < 100; i++) {
                String key = String.format("k%03d", chunk * 100 + i);
                keys.add(key);
                builder.put(key, utf8(key));
            }
            store.commit(builder.build());
        }
        Collections.reverse(keys);
        keys.add(150, "absent");

        Map<String, KeyValue> found = store.getAll(keys, ReadConsistency.SERIALIZABLE);

        assertThat(found.keySet()).containsExactlyElementsOf(keys.stream().filter(k -> !k.equals("absent")).toList());
        assertThat(found.get("k007").value()).isEqualTo(utf8("k007"));
    }

    @Test
    void scan_pagesWithTheServerSideLimit_andStaysInsideItsNamespace() {
        try (PersistentStore neighbour = PersistentStore.open(etcd.uri(store.namespace() + "x"))) {
            neighbour.commit(Commit.builder().put("item/0", utf8("not mine")).build());
            Commit.Builder builder = Commit.builder();
            for (int i = 0; i < 25; i++) {
                builder.put(String.format("item/%02d", i), utf8("v"));
            }
            builder.put("itemz", utf8("outside the prefix"));
            store.commit(builder.build());

            ScanPage first = store.scan("item/", null, 10);
            ScanPage second = store.scan("item/", first.lastKey(), 10);
            ScanPage last = store.scan("item/", second.lastKey(), 10);

            assertThat(first.entries()).hasSize(10).first().extracting(KeyValue::key).isEqualTo("item/00");
            assertThat(first.more()).isTrue();
            assertThat(second.entries().get(0).key()).isEqualTo("item/10");
            assertThat(last.entries()).hasSize(5);
            assertThat(last.more()).isFalse();
            assertThat(store.scan("", null, 100).entries()).hasSize(26);
        }
    }

    /**
     * U+E000 sorts after U+1F600 in UTF-16 (its high surrogate is D83D) but before it in UTF-8
     * (EE 80 80 against F0 9F 98 80): a start key that only Java's order puts past the prefix must
     * not start the range before it, where keys outside the prefix lie.
     */
    @Test
    void scan_startsAtThePrefix_whenTheStartKeySortsBeforeItOnlyInByteOrder() {
        String prefix = "w/\uD83D\uDE00";
        store.commit(Commit.builder().put("w/\uE000", utf8("1")).put("w/\uF000", utf8("2")).put(prefix + "a", utf8("3")).build());

        ScanPage page = store.scan(prefix, "w/\uE000", 10);

        assertThat(page.entries()).extracting(KeyValue::key).containsExactly(prefix + "a");
    }

    /** Pages cross the windows a page asks for first (ScanWindows) without losing or repeating a key, pinned or not. */
    @Test
    void scan_returnsEveryKeyOnceInByteOrder_acrossTheWindowsOfItsPages() {
        List<String> keys = new ArrayList<>(List.of("item/", "item/a", "item/é", "item/\uffff\uffff", "item/\ud83d\ude00", "item/zz"));
        Random random = new Random(3);
        for (int i = 0; i < 1_500; i++) {
            keys.add("item/" + new UUID(random.nextLong(), random.nextLong()));
        }
        putAll(keys);
        store.commit(Commit.builder().put("itemz", utf8("outside the prefix")).build());
        keys.sort((a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b)));
        long revision = store.currentRevision();

        // then keys in many windows are added and others deleted: a scan at the revision sees none of it
        List<String> later = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            later.add("item/" + new UUID(random.nextLong(), random.nextLong()));
        }
        putAll(later);
        for (int from = 100; from < 400; from += 100) {
            Commit.Builder deletes = Commit.builder();
            keys.subList(from, from + 100).forEach(deletes::delete);
            store.commit(deletes.build());
        }
        List<String> now = new ArrayList<>(keys);
        now.removeAll(keys.subList(100, 400));
        now.addAll(later);
        now.sort((a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b)));

        for (int limit : new int[] {7, 500}) {
            assertThat(scanAll(limit, revision)).as("limit %d at revision %d", limit, revision).containsExactlyElementsOf(keys);
            assertThat(scanAll(limit, 0)).as("limit %d, latest", limit).containsExactlyElementsOf(now);
        }
    }

    private void putAll(List<String> keys) {
        for (int from = 0; from < keys.size(); from += 100) {
            Commit.Builder builder = Commit.builder();
            keys.subList(from, Math.min(keys.size(), from + 100)).forEach(k -> builder.put(k, utf8("v")));
            store.commit(builder.build());
        }
    }

    private List<String> scanAll(int limit, long revision) {
        List<String> seen = new ArrayList<>();
        String after = null;
        ScanPage page;
        do {
            page = revision == 0 ? store.scan("item/", after, limit) : store.scan("item/", after, limit, revision);
            page.entries().forEach(kv -> seen.add(kv.key()));
            after = page.lastKey();
        } while (page.more() && after != null);
        return seen;
    }

    @Test
    void calls_failFastWithoutThePassword_whenNoMemberIsReachable() {
        String dead = "127.0.0.1:" + FreePorts.next();
        long started = System.nanoTime();
        try (PersistentStore unreachable = PersistentStore.open("etcd://" + dead + "/ns?user=u&password=hunter2&timeoutMs=3000")) {
            assertThatThrownBy(() -> unreachable.get("some/key"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("get [some/key]")
                    .hasMessageContaining(dead)
                    .hasMessageNotContaining("hunter2");
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms until failure").isLessThan(4000);
    }

    @Test
    void open_findsTheProviderThroughTheServiceLoader_andKeepsTheNamespace() {
        try (PersistentStore opened = PersistentStore.open(etcd.uri("a/b/"))) {
            assertThat(opened).isInstanceOf(EtcdPersistentStore.class);
            assertThat(opened.namespace()).isEqualTo("a/b");
        }
    }
}
