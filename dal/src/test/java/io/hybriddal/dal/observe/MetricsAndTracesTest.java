package io.hybriddal.dal.observe;

import static io.hybriddal.dal.observe.MeterMoves.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.observe.ObservationRecorder.Stopped;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exactly the meters and observations a save, a query and a transaction produce, on memory
 * stores without a near cache (whose watch would move its lag timer at its own pace).
 */
class MetricsAndTracesTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ObservationRecorder traces = new ObservationRecorder();
    private final Dal dal = Dal.builder().persistentStore(new MemoryPersistentStore()).nearCacheSize(0)
            .meterRegistry(meters).observationRegistry(traces.registry()).register(Pool.class, Volume.class).build();
    private final MeterMoves moves = new MeterMoves(meters);

    @AfterEach
    void close() {
        dal.close();
    }

    private Pool savedPool(String name) {
        Pool pool = dal.create(Pool.class);
        pool.setName(name);
        pool.save();
        return pool;
    }

    private static String persistent(String operation) {
        return named("hybriddal.store.calls", "store", "persistent", "operation", operation, "outcome", "ok");
    }

    private static String volatileStore(String operation) {
        return named("hybriddal.store.calls", "store", "volatile", "operation", operation, "outcome", "ok");
    }

    private static TreeMap<String, String> keys(String... keyValues) {
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @Test
    void aSave_countsTheObjectAndTimesItsCommit_andIsOneObservationWithHybridAndGuid() {
        Pool pool = savedPool("p1");

        assertThat(moves.moved()).containsOnly(
                entry(named("hybriddal.saves", "hybrid", "pool"), 1.0),
                entry(persistent("get"), 1.0), // the first commit of pools records their key spaces: were pools ever stored?
                entry(persistent("commit"), 1.0),
                entry(volatileStore("delete"), 1.0)); // the pool's cached dynamic, dropped with the commit
        assertThat(traces.take()).containsExactly(new Stopped("hybriddal.save", "save pool", keys("hybrid", "pool"),
                keys("guid", pool.getGuid()), null, null));
    }

    @Test
    void aQuery_isObservedWhenComputed_andOnlyCountedWhenTheQueryCacheAnswers() {
        String guid = savedPool("p1").getGuid();
        moves.moved();
        traces.take();

        assertThat(dal.query(Pool.class).where(Filter.eq("name", "p1")).guids()).containsExactly(guid);
        Map<String, Double> computed = moves.moved();
        assertThat(computed).containsOnly(
                entry(named("hybriddal.querycache.misses"), 1.0),
                entry(persistent("getAll"), 3.0), // the generations, the unique index entry, the document
                entry(volatileStore("get"), 1.0),
                entry(volatileStore("set"), 1.0));
        assertThat(traces.take()).containsExactly(new Stopped("hybriddal.query", "query pool", keys("cache", "miss", "hybrid", "pool"),
                keys(), null, null));

        assertThat(dal.query(Pool.class).where(Filter.eq("name", "p1")).guids()).containsExactly(guid);
        assertThat(moves.moved()).containsOnly(
                entry(named("hybriddal.querycache.hits"), 1.0),
                entry(persistent("getAll"), 1.0), // the generations only
                entry(volatileStore("get"), 1.0));
        assertThat(traces.take()).as("a query-cache hit is not observed").isEmpty();
    }

    @Test
    void aNearCacheHit_onlyCountsTheHit_withoutStoreCallOrObservation() {
        try (Dal cached = Dal.builder().persistentStore(new MemoryPersistentStore()).meterRegistry(meters)
                .observationRegistry(traces.registry()).register(Pool.class, Volume.class).build()) {
            Pool pool = cached.create(Pool.class);
            pool.setName("p1");
            pool.save();
            cached.get(Pool.class, pool.getGuid());
            // the memory store leaves the Dal's own save out of its watch: nothing moves meters on another thread
            assertThat(meters.get("hybriddal.nearcache.lag").timer().count()).isZero();
            moves.moved();
            traces.take();

            cached.get(Pool.class, pool.getGuid());

            assertThat(moves.moved()).containsOnly(entry(named("hybriddal.nearcache.hits"), 1.0));
            assertThat(traces.take()).isEmpty();
        }
    }

    @Test
    void aTransaction_isOneObservation_parentOfTheDynamicsComputedInIt_andCountedByOutcome() {
        Pool pool = savedPool("p1");
        traces.take();

        boolean healthy = dal.inTransaction(() -> {
            pool.setName("p2");
            pool.save();
            return pool.isHealthy();
        });

        assertThat(healthy).isTrue();
        List<Stopped> stopped = traces.take();
        assertThat(stopped).extracting(Stopped::name, Stopped::parent).containsExactly(
                tuple("hybriddal.dynamic", "hybriddal.transaction"),
                tuple("hybriddal.transaction", null));
        assertThat(stopped.get(0).low()).isEqualTo(keys("dynamic", "healthy", "hybrid", "pool"));
        assertThat(stopped.get(0).high()).isEqualTo(keys("guid", pool.getGuid()));
        assertThat(meters.get("hybriddal.transactions").tag("outcome", "committed").counter().count()).isEqualTo(1);

        assertThat(pool.isHealthy()).isTrue(); // the commit dropped the cached value: computed again
        assertThat(traces.take()).extracting(Stopped::name, Stopped::parent).containsExactly(tuple("hybriddal.dynamic", null));
        assertThat(pool.isHealthy()).isTrue();
        assertThat(traces.take()).as("a dynamic served from the cache is not observed").isEmpty();
    }

    @Test
    void aFailedTransaction_isCountedAsFailed_andItsObservationCarriesTheError() {
        IllegalStateException thrown = new IllegalStateException("no");
        try {
            dal.inTransaction(() -> {
                savedPool("p1");
                throw thrown;
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).isSameAs(thrown);
        }

        assertThat(meters.get("hybriddal.transactions").tag("outcome", "failed").counter().count()).isEqualTo(1);
        assertThat(meters.find("hybriddal.saves").counters()).isEmpty();
        assertThat(traces.take()).extracting(Stopped::name, Stopped::error)
                .containsExactly(tuple("hybriddal.transaction", thrown));
    }
}
