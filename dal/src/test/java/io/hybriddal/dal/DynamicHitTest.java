package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.StaleDynamicTest.ManualClock;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A dynamic hit on the memory volatile store: exact TTL on an injected clock, invalidation seen at once, counted. */
class DynamicHitTest {

    /** Computations of {@link Counted#getTicket()} in this JVM. */
    static final AtomicInteger COMPUTED = new AtomicInteger();

    @Hybrid
    public abstract static class Counted extends DataObject {
        @Property
        public abstract String getName();

        public abstract void setName(String name);

        @Dynamic(ttl = 10)
        public int getTicket() {
            return COMPUTED.incrementAndGet();
        }
    }

    private final ManualClock clock = new ManualClock();
    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final MemoryVolatileStore cache = new MemoryVolatileStore(clock);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Dal first = Dal.builder().persistentStore(store).volatileStore(cache).clock(clock)
            .meterRegistry(meters).register(Counted.class).build();
    private final Dal second = Dal.builder().persistentStore(store).volatileStore(cache).clock(clock)
            .register(Counted.class).build();

    @AfterEach
    void close() {
        first.close();
        second.close();
        store.close();
    }

    private Counted saved() {
        Counted counted = first.create(Counted.class);
        counted.setName("c");
        counted.save();
        return counted;
    }

    @Test
    void aCachedValue_isServedUntilTheLastMillisecondOfItsTtl_andRecomputedAtTtl() {
        Counted counted = saved();
        int computed = counted.getTicket();
        clock.advance(Duration.ofSeconds(10).minusMillis(1));
        assertThat(counted.getTicket()).isEqualTo(computed);
        clock.advance(Duration.ofMillis(1));
        int recomputed = counted.getTicket();
        assertThat(recomputed).isNotEqualTo(computed);
        assertThat(counted.getTicket()).isEqualTo(recomputed);
    }

    @Test
    void anInvalidationByAnotherDal_isHonouredOnTheNextCall_ofAnInstanceThatHitBefore() {
        Counted counted = saved();
        int computed = counted.getTicket();
        assertThat(counted.getTicket()).isEqualTo(computed); // a hit: the instance remembers the decoded entry
        second.get(Counted.class, counted.getGuid()).invalidateDynamics("ticket");
        int recomputed = counted.getTicket();
        assertThat(recomputed).isNotEqualTo(computed);
        assertThat(counted.getTicket()).isEqualTo(recomputed);
    }

    @Test
    void anEntryRecomputedByAnotherDal_isServedInsteadOfTheRememberedOne() {
        Counted counted = saved();
        counted.getTicket();
        second.get(Counted.class, counted.getGuid()).invalidateDynamics("ticket");
        int theirs = second.get(Counted.class, counted.getGuid()).getTicket();
        assertThat(counted.getTicket()).isEqualTo(theirs);
    }

    @Test
    void hitsAndMisses_areCountedInStatisticsAndMeters() {
        Counted counted = saved();
        counted.getTicket();
        counted.getTicket();
        counted.getTicket();
        DynamicStatistics stats = first.admin().dynamicStatistics("counted", "ticket");
        assertThat(stats.misses()).isEqualTo(1);
        assertThat(stats.hits()).isEqualTo(2);
        assertThat(meters.get("hybriddal.dynamic.hits").tag("dynamic", "ticket").functionCounter().count()).isEqualTo(2);
        assertThat(meters.get("hybriddal.dynamic.misses").tag("dynamic", "ticket").functionCounter().count()).isEqualTo(1);
    }
}
