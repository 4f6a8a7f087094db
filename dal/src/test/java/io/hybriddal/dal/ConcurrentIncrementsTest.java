package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Threads incrementing one field: LOCAL_WINS may lose increments but never silently; RAISE with a retry loses none. */
class ConcurrentIncrementsTest {

    private static final int THREADS = 4;
    private static final int EACH = 25;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private Dal dal;

    @AfterEach
    void close() {
        pool.shutdownNow();
        dal.close();
    }

    /** Runs the increments and returns the final level. */
    private double increment(ConflictPolicy policy) throws Exception {
        dal = Dal.builder().persistentStore(new MemoryPersistentStore()).meterRegistry(meters).conflictPolicy(policy)
                .register(Gauge.class).build();
        Gauge gauge = dal.create(Gauge.class);
        gauge.setName("counter");
        gauge.save();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < EACH; i++) {
                    while (!tryIncrement(gauge.getGuid())) {
                        Thread.onSpinWait(); // not written (RAISE, or too much contention): read again and retry
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        return dal.get(Gauge.class, gauge.getGuid(), Consistency.STRONG).getLevel();
    }

    private boolean tryIncrement(String guid) {
        Gauge mine = dal.get(Gauge.class, guid, Consistency.STRONG);
        mine.setLevel(mine.getLevel() + 1);
        try {
            mine.save();
            return true;
        } catch (ConcurrencyException | RaceConditionException refused) { // refused, or gave up: nothing written
            return false;
        }
    }

    private double decided() {
        return meters.find("hybriddal.conflicts.decided").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void underLocalWins_everyLostIncrementComesWithACountedDecision() throws Exception {
        double level = increment(ConflictPolicy.LOCAL_WINS);
        assertThat(level).isLessThanOrEqualTo(THREADS * EACH);
        if (level < THREADS * EACH) {
            assertThat(decided()).as("increments lost: %s", THREADS * EACH - level).isPositive();
        }
    }

    @Test
    void underRaise_withARetry_noIncrementIsLost_andNothingIsDecided() throws Exception {
        assertThat(increment(ConflictPolicy.RAISE)).isEqualTo(THREADS * EACH);
        assertThat(decided()).isZero();
    }
}
