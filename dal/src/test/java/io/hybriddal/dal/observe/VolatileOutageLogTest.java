package io.hybriddal.dal.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.support.ForwardingVolatileStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An outage of the volatile store is logged once when it starts (WARN, naming the store, the
 * operation and the key, without a stack trace) and once when the store answers again (INFO),
 * however many calls fail in between.
 */
class VolatileOutageLogTest {

    /** A cache that fails every call while down, as a store that cannot reach its server would. */
    private static final class Outage extends ForwardingVolatileStore {
        volatile boolean down;

        Outage() {
            super(new MemoryVolatileStore(Clock.systemUTC()));
        }

        private void check() {
            if (down) {
                throw new StoreException("cache unreachable (test)");
            }
        }

        @Override
        public byte[] get(String key) {
            check();
            return super.get(key);
        }

        @Override
        public void set(String key, byte[] value, int ttlSeconds) {
            check();
            super.set(key, value, ttlSeconds);
        }

        @Override
        public boolean delete(String key) {
            check();
            return super.delete(key);
        }

        @Override
        public String toString() {
            return "test-cache";
        }
    }

    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    @BeforeEach
    void captureLog() {
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLog() {
        System.setErr(stderr);
    }

    private List<String> lines() {
        return Arrays.stream(logged.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> l.contains("SafeVolatile")).toList();
    }

    @Test
    void anOutage_logsOneWarningWhenItStarts_andOneLineWhenTheStoreAnswersAgain() {
        Outage cache = new Outage();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Dal dal = Dal.builder().persistentStore(new MemoryPersistentStore()).volatileStore(cache).meterRegistry(meters)
                .register(Pool.class, Volume.class).build()) {
            Pool pool = dal.create(Pool.class);
            pool.setName("p");
            pool.save();

            cache.down = true; // each call: the read, the read before writing back, the write
            for (int i = 0; i < 50; i++) {
                assertThat(pool.isHealthy()).as("computed without the cache").isTrue();
            }
            assertThat(lines()).hasSize(1);
            assertThat(lines().get(0)).contains("WARN", "test-cache", "get of key [d:pool:", "failed", "cache unreachable (test)");
            assertThat(logged.toString(StandardCharsets.UTF_8)).as("no stack trace").doesNotContain("\tat ");

            cache.down = false;
            for (int i = 0; i < 50; i++) {
                assertThat(pool.isHealthy()).isTrue();
            }
            assertThat(lines()).hasSize(2);
            assertThat(lines().get(1)).contains("INFO", "test-cache", "answers again", "after 150 failed calls");

            cache.down = true;
            pool.isHealthy();
            assertThat(lines()).as("a second outage is a second warning").hasSize(3);
        }
        assertThat(meters.get("hybriddal.volatile.failures").functionCounter().count()).isEqualTo(153);
    }
}
