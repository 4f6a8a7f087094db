package io.hybriddal.store.memcached;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.testservers.MemcachedProcess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A memcached outage is logged once when it starts and once when the server answers again,
 * however many calls fail in between, and no line carries a stack trace.
 */
class MemcachedOutageLogTest {

    /** The quiet period, the client's reconnection (every second) and a loaded machine. */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(MemcachedVolatileStore.QUIET_SECONDS + 20);

    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private MemcachedProcess server;
    private MemcachedVolatileStore store;

    @BeforeEach
    void start() {
        server = MemcachedProcess.start();
        store = MemcachedServerFailureTest.open(server);
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setErr(stderr);
        store.close();
        server.close();
    }

    private List<String> lines() {
        return Arrays.stream(logged.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> l.contains("MemcachedVolatileStore"))
                .toList();
    }

    @Test
    void anOutage_logsOnceWhenItStarts_andOnceWhenTheServerAnswersAgain() {
        assertThat(MemcachedServerFailureTest.roundTrips(store, "probe")).isTrue();
        server.kill();
        for (int i = 0; i < 200; i++) {
            store.get("k" + i);
            store.set("k" + i, new byte[] {1}, 0);
        }
        assertThat(store.counters().failedReads() + store.counters().droppedWrites()).isEqualTo(400);
        assertThat(lines()).hasSize(1);
        assertThat(lines().get(0)).contains("WARN", server.address(), "is failing", "of key [k0]");

        server.restart();
        Poll.until("the recovery is logged", RECOVERY_BOUND, Duration.ofMillis(100),
                () -> MemcachedServerFailureTest.roundTrips(store, "probe") && lines().size() == 2);
        assertThat(lines().get(1)).contains("INFO", server.address(), "answers again");
        for (int i = 0; i < 100; i++) {
            store.get("k" + i);
        }
        assertThat(lines()).hasSize(2);
        assertThat(logged.toString(StandardCharsets.UTF_8)).as("no stack trace").doesNotContain("\tat ");
    }
}
