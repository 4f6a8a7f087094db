package io.hybriddal.store.memcached;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.VolatileStore;
import io.hybriddal.testservers.MemcachedProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One memcached server crashing and coming back under a live store. */
class MemcachedServerFailureTest {

    /** "Well under a second": the 50 ms operation timeout plus scheduling slack on a busy machine. */
    private static final Duration CALL_BOUND = Duration.ofMillis(300);
    /** Reconnection is retried every second; allow for a loaded machine. */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(10);

    private MemcachedProcess server;
    private MemcachedVolatileStore store;

    @BeforeEach
    void start() {
        server = MemcachedProcess.start();
        store = open(server);
    }

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void killedServerGivesFastMissesSilentWritesAndFailingUpdates() {
        store.set("k", new byte[] {1}, 0);
        assertThat(store.get("k")).containsExactly(1);
        server.kill();

        long slowestNanos = 0;
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            assertThat(store.get("k")).isNull();
            slowestNanos = Math.max(slowestNanos, System.nanoTime() - t0);
        }
        System.out.printf("get to a dead server: slowest of 20 calls %.2f ms%n", slowestNanos / 1e6);
        assertThat(Duration.ofNanos(slowestNanos)).isLessThan(CALL_BOUND);

        assertThat(timed(() -> assertThat(store.getAll(List.of("k", "j"))).isEmpty())).isLessThan(CALL_BOUND);
        assertThat(timed(() -> store.set("k", new byte[] {2}, 0))).isLessThan(CALL_BOUND);
        assertThat(timed(() -> assertThat(store.delete("k")).isFalse())).isLessThan(CALL_BOUND);
        assertThatThrownBy(() -> store.add("k", new byte[] {3}, 0)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.incr("n", 1, 0, 0)).isInstanceOf(StoreException.class);

        MemcachedStoreCounters counters = store.counters();
        assertThat(counters.failedReads()).isGreaterThanOrEqualTo(21);
        assertThat(counters.droppedWrites()).isEqualTo(2);
        assertThat(counters.failedUpdates()).isEqualTo(2);
    }

    @Test
    void restartedServerServesAgainWithinABoundedWaitAndNothingFromBefore() {
        store.set("before", new byte[] {1}, 0);
        server.kill();
        assertThat(store.get("before")).isNull();
        server.restart();

        Duration recovery = Poll.until("store works again after restart", RECOVERY_BOUND, Duration.ofMillis(20),
                () -> roundTrips(store, "probe"));
        System.out.printf("recovery after restart: %d ms%n", recovery.toMillis());

        assertThat(store.get("before")).isNull();
        assertThat(store.add("before", new byte[] {2}, 0)).isTrue();
        assertThat(store.incr("n", 1, 5, 0)).isEqualTo(5);
    }

    @Test
    void storeOpenedWhileItsServerIsDownStartsWorkingWhenItComesUp() {
        store.close();
        server.kill();
        long t0 = System.nanoTime();
        store = open(server);
        System.out.printf("open with the server down: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        assertThat(timed(() -> assertThat(store.get("k")).isNull())).isLessThan(CALL_BOUND);

        server.restart();
        Poll.until("store reaches the server started after it", RECOVERY_BOUND, Duration.ofMillis(20),
                () -> roundTrips(store, "probe"));
    }

    static MemcachedVolatileStore open(MemcachedProcess... servers) {
        return open("", servers);
    }

    /** A store on {@code servers}, with URI {@code parameters} ("" or "?name=value&..."). */
    static MemcachedVolatileStore open(String parameters, MemcachedProcess... servers) {
        String hosts = String.join(",", Arrays.stream(servers).map(MemcachedProcess::address).toList());
        return (MemcachedVolatileStore) VolatileStore.open("memcached://" + hosts + parameters);
    }

    /** Whether a value written now can be read back: the store is talking to a live server. */
    static boolean roundTrips(VolatileStore store, String key) {
        byte[] value = Long.toString(System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        store.set(key, value, 0);
        return Arrays.equals(value, store.get(key));
    }

    static Duration timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
