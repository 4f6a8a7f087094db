package io.hybriddal.store.memcached;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.store.memcached.FailureLog.Kind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.ConnectException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outage rule on a clock the test moves: an outage ends only after a quiet period without
 * failures, so the keys of one dead server failing between successes on the others stay one
 * outage (the real servers' side is {@link MemcachedOutageLogTest}).
 */
class FailureLogTest {

    private static final long QUIET = 5_000_000_000L;

    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final FailureLog log = new FailureLog("[a:11211, b:11211]", QUIET, now::get);

    @BeforeEach
    void captureLog() {
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLog() {
        System.setErr(stderr);
    }

    private List<String> lines() {
        return Arrays.stream(logged.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> l.contains("memcached")).toList();
    }

    @Test
    void failuresBetweenSuccesses_withinTheQuietPeriod_areOneOutage() {
        for (int i = 0; i < 100; i++) {
            log.record(Kind.READ, "get", "k" + i, new ConnectException("refused"));
            now.addAndGet(1_000_000_000L);
            log.answered();
        }
        assertThat(lines()).hasSize(1);
        assertThat(lines().get(0)).contains("WARN", "[a:11211, b:11211] is failing", "get of key [k0]", "ConnectException refused");

        now.addAndGet(QUIET);
        log.answered();
        log.answered();
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(1)).contains("INFO", "answers again: 100 calls failed over 99 s");

        log.record(Kind.UPDATE, "add", "lock", new ConnectException("refused"));
        assertThat(lines()).as("a new outage").hasSize(3);
    }

    @Test
    void oversizeValues_areNoOutage_andLoggedOncePerQuietPeriod() {
        for (int i = 0; i < 10; i++) {
            log.record(Kind.OVERSIZE, "set", "big" + i, new IllegalArgumentException("too big"));
        }
        now.addAndGet(QUIET);
        log.record(Kind.OVERSIZE, "set", "big", new IllegalArgumentException("too big"));
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(1)).contains("9 more since the last report, 11 in total");
        log.answered();
        assertThat(lines()).as("no recovery line: there was no outage").hasSize(2);
        assertThat(log.snapshot().oversizeSkipped()).isEqualTo(11);
    }
}
