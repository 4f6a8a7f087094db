package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Gauge;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A field changed on both sides and decided by the policy is counted, never dropped silently. */
class ConflictDecisionsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Dal dal = Dal.builder().persistentStore(new MemoryPersistentStore()).meterRegistry(meters)
            .register(Gauge.class).build();

    @AfterEach
    void close() {
        dal.close();
    }

    /** Two instances loaded at level 5 both increment and save: the policy decides the second save. */
    private Gauge twoIncrementsFromFive(ConflictPolicy policy) {
        Gauge gauge = dal.create(Gauge.class);
        gauge.setName("g");
        gauge.setLevel(5);
        gauge.save();
        Gauge first = dal.get(Gauge.class, gauge.getGuid());
        Gauge second = dal.get(Gauge.class, gauge.getGuid());
        second.setConflictPolicy(policy);
        first.setLevel(first.getLevel() + 1);
        first.save();
        second.setLevel(second.getLevel() + 2);
        second.save();
        return second;
    }

    private double decided(String policy) {
        Counter counter = meters.find("hybriddal.conflicts.decided")
                .tags("hybrid", "gauge", "field", "level", "policy", policy).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void localWins_keepsTheLocalValue_andCountsTheDecision() {
        Gauge second = twoIncrementsFromFive(ConflictPolicy.LOCAL_WINS);
        assertThat(dal.get(Gauge.class, second.getGuid(), Consistency.STRONG).getLevel()).isEqualTo(7);
        assertThat(decided("LOCAL_WINS")).isEqualTo(1);
    }

    @Test
    void storeWins_keepsTheStoredValue_andCountsTheDecision() {
        Gauge second = twoIncrementsFromFive(ConflictPolicy.STORE_WINS);
        assertThat(dal.get(Gauge.class, second.getGuid(), Consistency.STRONG).getLevel()).isEqualTo(6);
        assertThat(decided("STORE_WINS")).isEqualTo(1);
    }

    @Test
    void raise_refusesTheSave_andDecidesNothing() {
        assertThatThrownBy(() -> twoIncrementsFromFive(ConflictPolicy.RAISE)).isInstanceOf(ConcurrencyException.class);
        assertThat(meters.find("hybriddal.conflicts.decided").counters()).isEmpty();
    }

    @Test
    void fieldsChangedOnOneSideOnly_mergeWithoutADecision() {
        Gauge gauge = dal.create(Gauge.class);
        gauge.setName("g");
        gauge.save();
        Gauge first = dal.get(Gauge.class, gauge.getGuid());
        Gauge second = dal.get(Gauge.class, gauge.getGuid());
        first.setLevel(3);
        first.save();
        second.setName("h");
        second.save();
        Gauge stored = dal.get(Gauge.class, gauge.getGuid(), Consistency.STRONG);
        assertThat(stored.getLevel()).isEqualTo(3);
        assertThat(stored.getName()).isEqualTo("h");
        assertThat(meters.find("hybriddal.conflicts.decided").counters()).isEmpty();
    }
}
