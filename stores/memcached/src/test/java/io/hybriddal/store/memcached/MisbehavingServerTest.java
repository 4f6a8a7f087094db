package io.hybriddal.store.memcached;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A hung server or one answering garbage must look like a cache miss, within the operation timeout,
 * and must not hold up closing the store.
 */
class MisbehavingServerTest {

    /** Far above the 50 ms timeout, far below what a caller would notice as a hang. */
    private static final Duration BOUND = Duration.ofMillis(500);

    @ParameterizedTest
    @EnumSource(MisbehavingServer.Mode.class)
    void readsAreMissesAndWritesAreDroppedWithinTheTimeout(MisbehavingServer.Mode mode) throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(mode);
             MemcachedVolatileStore store = (MemcachedVolatileStore) VolatileStore.open(server.uri("?opTimeoutMs=50"))) {
            // the first call of a JVM loads the client's classes (200-450 ms measured): not what is timed here
            System.out.println(mode + " first get: " + timed(() -> store.get("warm-up")).toMillis() + " ms");
            assertThat(timed(() -> assertThat(store.get("k")).isNull())).isLessThan(BOUND);
            assertThat(timed(() -> assertThat(store.getAll(List.of("a", "b"))).isEmpty())).isLessThan(BOUND);
            assertThat(timed(() -> store.set("k", new byte[] {1}, 0))).isLessThan(BOUND);
            assertThat(timed(() -> assertThat(store.delete("k")).isFalse())).isLessThan(BOUND);
            assertThat(timed(() -> assertThatThrownBy(() -> store.add("k", new byte[] {1}, 0))
                    .isInstanceOf(StoreException.class).hasMessageContaining("[k]"))).isLessThan(BOUND);
            assertThat(timed(() -> assertThatThrownBy(() -> store.incr("n", 1, 0, 0))
                    .isInstanceOf(StoreException.class))).isLessThan(BOUND.multipliedBy(3));
            MemcachedStoreCounters counters = store.counters();
            assertThat(counters.failedReads()).isGreaterThanOrEqualTo(3);
            assertThat(counters.droppedWrites()).isGreaterThanOrEqualTo(2);
            assertThat(counters.failedUpdates()).isEqualTo(2);
            // Xmemcached alone waits 5 s for a hung server to acknowledge quit
            assertThat(timed(store::close)).isLessThan(Duration.ofMillis(1500));
        }
    }

    private static Duration timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
