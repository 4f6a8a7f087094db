package io.hybriddal.dal.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.ConcurrencyException;
import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.RaceConditionException;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.model.Gauge;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The store-call timers, the watch counters and the write path's counters move exactly when they should. */
class StoreAndWriteMetersTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** A memory store whose commits can be made to fail, and whose watch listeners a test can reach. */
    private static final class Faulty extends ForwardingPersistentStore {
        volatile boolean failCommits;
        final Map<String, WatchListener> listeners = new ConcurrentHashMap<>();

        Faulty() {
            super(new MemoryPersistentStore());
        }

        @Override
        public CommitResult commit(Commit commit) {
            if (failCommits) {
                throw new StoreException("store unreachable (test)");
            }
            return super.commit(commit);
        }

        @Override
        public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
            listeners.put(prefix, listener);
            return super.watch(prefix, afterRevision, listener);
        }
    }

    private double count(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private long timed(String store, String operation, String outcome) {
        var timer = meters.find("hybriddal.store.calls").tags("store", store, "operation", operation, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private static Gauge saved(Dal dal) {
        Gauge gauge = dal.create(Gauge.class);
        gauge.setName("g");
        gauge.save();
        return gauge;
    }

    @Test
    void aCommitThatThrows_isTimedAsAnError_andCountsNoSave() {
        Faulty store = new Faulty();
        try (Dal dal = Dal.builder().persistentStore(store).meterRegistry(meters).register(Gauge.class).build()) {
            saved(dal);
            store.failCommits = true;
            Gauge gauge = dal.create(Gauge.class);
            gauge.setName("h");
            assertThatThrownBy(gauge::save).isInstanceOf(StoreException.class);
        }
        assertThat(timed("persistent", "commit", "ok")).isEqualTo(1);
        assertThat(timed("persistent", "commit", "error")).isEqualTo(1);
        assertThat(count("hybriddal.saves", "hybrid", "gauge")).isEqualTo(1);
    }

    @Test
    void aCommitRefusedByAnotherWriter_isTimedAsRefused_andCountedAsARetryAndAMerge() {
        try (Dal dal = Dal.builder().persistentStore(new MemoryPersistentStore()).meterRegistry(meters).register(Gauge.class).build()) {
            Gauge gauge = saved(dal);
            Gauge other = dal.get(Gauge.class, gauge.getGuid());
            other.setLevel(2);
            other.save();
            gauge.setName("renamed");
            gauge.save();
        }
        assertThat(timed("persistent", "commit", "refused")).isEqualTo(1);
        assertThat(timed("persistent", "commit", "ok")).isEqualTo(3);
        assertThat(count("hybriddal.commit.retries")).isEqualTo(1);
        assertThat(count("hybriddal.merges", "hybrid", "gauge")).isEqualTo(1);
        assertThat(count("hybriddal.saves", "hybrid", "gauge")).isEqualTo(3);
        assertThat(count("hybriddal.conflicts.raised", "hybrid", "gauge")).isZero();
    }

    @Test
    void aConflictUnderRaise_isCounted() {
        try (Dal dal = Dal.builder().persistentStore(new MemoryPersistentStore()).meterRegistry(meters)
                .conflictPolicy(ConflictPolicy.RAISE).register(Gauge.class).build()) {
            Gauge gauge = saved(dal);
            Gauge other = dal.get(Gauge.class, gauge.getGuid());
            other.setLevel(2);
            other.save();
            gauge.setLevel(3);
            assertThatThrownBy(gauge::save).isInstanceOf(ConcurrencyException.class);
        }
        assertThat(count("hybriddal.conflicts.raised", "hybrid", "gauge")).isEqualTo(1);
    }

    @Test
    void aSaveThatRunsOutOfAttempts_isCountedAsExhausted() {
        try (Dal dal = Dal.builder().persistentStore(new MemoryPersistentStore()).meterRegistry(meters).maxSaveAttempts(1)
                .register(Gauge.class).build()) {
            Gauge gauge = saved(dal);
            Gauge other = dal.get(Gauge.class, gauge.getGuid());
            other.setLevel(2);
            other.save();
            gauge.setName("renamed");
            assertThatThrownBy(gauge::save).isInstanceOf(RaceConditionException.class);
        }
        assertThat(count("hybriddal.commit.exhausted")).isEqualTo(1);
        assertThat(count("hybriddal.commit.retries")).isZero();
    }

    @Test
    void aDelete_isCounted() {
        try (Dal dal = Dal.builder().persistentStore(new MemoryPersistentStore()).meterRegistry(meters).register(Gauge.class).build()) {
            saved(dal).delete();
        }
        assertThat(count("hybriddal.deletes", "hybrid", "gauge")).isEqualTo(1);
    }

    @Test
    void theNearCacheWatch_countsItsInterruptions_underItsPrefix() {
        Faulty store = new Faulty();
        try (Dal dal = Dal.builder().persistentStore(store).meterRegistry(meters).register(Gauge.class).build()) {
            WatchListener nearCache = store.listeners.get("o/");
            assertThat(nearCache).as("the near cache watches all objects").isNotNull();
            assertThat(count("hybriddal.watch.interruptions", "prefix", "o/")).isZero();

            nearCache.onInterrupted(new StoreException("stream broken (test)"));
            nearCache.onResumed();
            nearCache.onInterrupted(new StoreException("stream broken again (test)"));

            assertThat(count("hybriddal.watch.interruptions", "prefix", "o/")).isEqualTo(2);
            assertThat(count("hybriddal.watch.failures", "prefix", "o/")).isZero();
        }
    }

    @Test
    void withoutAMeterRegistry_theStoresAreUsedUnwrapped() {
        PersistentStore persistent = new MemoryPersistentStore();
        MemoryVolatileStore cache = new MemoryVolatileStore(Clock.systemUTC());
        try (Dal dal = Dal.builder().persistentStore(persistent).volatileStore(cache).register(Gauge.class).build()) {
            assertThat(dal.admin().persistentStore()).isSameAs(persistent);
            assertThat(dal.admin().volatileStore()).isSameAs(cache);
        }
    }
}
