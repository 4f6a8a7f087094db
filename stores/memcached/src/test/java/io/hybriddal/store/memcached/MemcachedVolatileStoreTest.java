package io.hybriddal.store.memcached;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.VolatileStore;
import io.hybriddal.testservers.MemcachedProcess;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** memcached-specific behaviour against one healthy server: bytes, sizes, keys, counters, TTLs. */
class MemcachedVolatileStoreTest {

    private static MemcachedProcess server;
    private static MemcachedVolatileStore store;

    @BeforeAll
    static void startServer() {
        server = MemcachedProcess.start();
        store = (MemcachedVolatileStore) VolatileStore.open(server.uri());
    }

    @AfterAll
    static void stopServer() {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void flush() {
        server.flushAll();
    }

    @Test
    void allByteValuesRoundTripUnchanged() {
        byte[] every = new byte[256 * 4];
        for (int i = 0; i < every.length; i++) {
            every[i] = (byte) i;
        }
        store.set("bytes", every, 0);
        assertThat(store.get("bytes")).containsExactly(every);
        assertThat(store.getAll(List.of("bytes")).get("bytes")).containsExactly(every);
    }

    @Test
    void largeCompressibleValuesAreStoredUncompressedByteForByte() {
        byte[] zeros = new byte[100_000];
        store.set("zeros", zeros, 0);
        assertThat(store.get("zeros")).hasSize(100_000).containsOnly((byte) 0);
    }

    @Test
    void emptyValueIsAHitNotAMiss() {
        store.set("empty", new byte[0], 0);
        assertThat(store.get("empty")).isEmpty();
    }

    @Test
    void largestAcceptedValueIsStoredByTheServer() {
        String key = "k".repeat(MemcachedKeys.MAX_KEY_BYTES);
        int limit = MemcachedOptions.DEFAULT_MAX_ITEM_BYTES - MemcachedVolatileStore.ITEM_OVERHEAD_BYTES - key.length();
        byte[] value = new byte[limit];
        value[limit - 1] = 42;
        long dropped = store.counters().droppedWrites();
        store.set(key, value, 0);
        assertThat(Arrays.equals(store.get(key), value)).as("largest value read back").isTrue();
        assertThat(store.counters().droppedWrites()).isEqualTo(dropped);
    }

    @Test
    void oversizeValuesAreSkippedWithoutBeingSent() {
        long before = store.counters().oversizeSkipped();
        byte[] big = new byte[MemcachedOptions.DEFAULT_MAX_ITEM_BYTES];
        store.set("big", "small".getBytes(StandardCharsets.US_ASCII), 0);

        store.set("big", big, 0);
        assertThat(store.add("big-add", big, 0)).isFalse();

        // the old value stays: the oversize set never reached the server
        assertThat(store.get("big")).asString(StandardCharsets.US_ASCII).isEqualTo("small");
        assertThat(store.get("big-add")).isNull();
        assertThat(store.counters().oversizeSkipped()).isEqualTo(before + 2);
    }

    @Test
    void invalidKeysAreRefusedNamingTheKey() {
        for (String bad : List.of("has space", "tab\tkey", "new\nline", "caf\u00e9", "del\u007f", "x".repeat(251))) {
            assertThatThrownBy(() -> store.get(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
            assertThatThrownBy(() -> store.set(bad, new byte[1], 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.getAll(List.of("ok", bad))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.delete("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void keyOfExactly250PrintableCharactersIsAccepted() {
        String key = "!~".repeat(125);
        store.set(key, new byte[] {1}, 0);
        assertThat(store.get(key)).containsExactly(1);
    }

    @Test
    void incrCreatesWithInitialThenAddsPositiveAndNegativeDeltas() {
        assertThat(store.incr("counter", 5, 10, 0)).isEqualTo(10);
        assertThat(store.incr("counter", 5, 10, 0)).isEqualTo(15);
        assertThat(store.incr("counter", -7, 10, 0)).isEqualTo(8);
        assertThat(store.incr("fresh-down", -1, 3, 0)).isEqualTo(3);
    }

    @Test
    void decrementStopsAtZeroBecauseMemcachedCountersAreUnsigned() {
        store.incr("floor", 0, 2, 0);
        assertThat(store.incr("floor", -5, 0, 0)).isZero();
        assertThatThrownBy(() -> store.incr("neg", 1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counterReadsBackAsAsciiDigits() {
        store.incr("digits", 1, 41, 0);
        store.incr("digits", 1, 0, 0);
        assertThat(store.get("digits")).asString(StandardCharsets.US_ASCII).isEqualTo("42");
    }

    @Test
    void decrementThatShortensTheNumberLeavesMemcachedsSpacePaddingInTheRawValue() {
        // A known memcached limit, documented on the store: read counters through incr(key, 0, ...).
        store.incr("padded", 0, 10, 0);
        assertThat(store.incr("padded", -1, 0, 0)).isEqualTo(9);
        assertThat(store.incr("padded", 0, 0, 0)).isEqualTo(9);
        assertThat(store.get("padded")).asString(StandardCharsets.US_ASCII).isEqualTo("9 ");
    }

    @Test
    void incrOnANonNumericValueIsAStoreException() {
        store.set("text", "abc".getBytes(StandardCharsets.US_ASCII), 0);
        assertThatThrownBy(() -> store.incr("text", 1, 0, 0)).isInstanceOf(StoreException.class)
                .hasMessageContaining("text");
    }

    @Test
    void ttlLongerThanThirtyDaysIsKeptNotReadAsAnExpiredTimestamp() {
        int sixtyDays = 60 * 24 * 3600;
        store.set("long-ttl", new byte[] {7}, sixtyDays);
        assertThat(store.add("long-ttl-add", new byte[] {8}, sixtyDays)).isTrue();
        assertThat(store.get("long-ttl")).containsExactly(7);
        assertThat(store.get("long-ttl-add")).containsExactly(8);
        assertThatThrownBy(() -> store.set("neg-ttl", new byte[1], -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void getAllReturnsHitsInRequestOrderAndLeavesMissesOut() {
        store.set("b", new byte[] {2}, 0);
        store.set("a", new byte[] {1}, 0);
        Map<String, byte[]> found = store.getAll(List.of("a", "missing", "b", "a"));
        assertThat(found.keySet()).containsExactly("a", "b");
        assertThat(store.getAll(List.of())).isEmpty();
    }

    @Test
    void closedStoreRefusesCalls() {
        VolatileStore other = VolatileStore.open(server.uri() + "?opTimeoutMs=200");
        other.close();
        other.close();
        assertThatThrownBy(() -> other.get("x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noFailureIsCountedWhileTheServerIsHealthy() {
        MemcachedStoreCounters before = store.counters();
        store.set("x", new byte[] {1}, 0);
        store.get("x");
        store.getAll(List.of("x", "y"));
        store.add("x", new byte[] {2}, 0);
        store.incr("n", 1, 0, 0);
        store.delete("x");
        assertThat(store.counters()).isEqualTo(before);
    }
}
