package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A cached dynamic knows the revision it was computed from: no reader of a newer revision takes it. */
class StaleDynamicTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2030-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Hybrid
    public abstract static class Label extends DataObject {
        @Property
        public abstract String getName();

        public abstract void setName(String name);

        @Dynamic(ttl = 60)
        public String getShout() {
            return getName().toUpperCase();
        }
    }

    private final ManualClock clock = new ManualClock();
    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final MemoryVolatileStore cache = new MemoryVolatileStore(clock);
    private final Dal first = dal();
    private final Dal second = dal();
    private String guid;

    private Dal dal() {
        return Dal.builder().persistentStore(store).volatileStore(cache).clock(clock).register(Label.class).build();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
        store.close();
    }

    /** Saves "a", loads it in the first Dal, then the second Dal saves "b": the loaded instance is stale. */
    private Label staleAfterAnotherWritersSave() {
        Label label = first.create(Label.class);
        label.setName("a");
        label.save();
        guid = label.getGuid();
        Label stale = first.get(Label.class, guid, Consistency.STRONG);
        Label writer = second.get(Label.class, guid, Consistency.STRONG);
        writer.setName("b");
        writer.save();
        return stale;
    }

    @Test
    void aValueComputedByAStaleInstance_isNotServedToAReaderOfTheSavedRevision() {
        Label stale = staleAfterAnotherWritersSave();
        assertThat(stale.getShout()).isEqualTo("A"); // computed from its own (old) values, and cached
        Label reader = second.get(Label.class, guid, Consistency.STRONG);
        assertThat(reader.getShout()).isEqualTo("B");
        assertThat(first.get(Label.class, guid, Consistency.STRONG).getShout()).isEqualTo("B");
    }

    @Test
    void aStaleInstance_doesNotReplaceAnEntryOfANewerRevision() {
        Label stale = staleAfterAnotherWritersSave();
        Label reader = second.get(Label.class, guid, Consistency.STRONG);
        assertThat(reader.getShout()).isEqualTo("B");
        clock.advance(Duration.ofSeconds(60)); // expired for every reader: the stale instance computes
        assertThat(stale.getShout()).isEqualTo("A");
        assertThat(second.admin().cachedDynamic(reader, "shout").orElseThrow().json()).isEqualTo("\"B\"");
    }

    @Test
    void aReaderOfTheSameRevision_takesTheCachedValueUntilItsTtlEnds() {
        Label stale = staleAfterAnotherWritersSave();
        Label reader = second.get(Label.class, guid, Consistency.STRONG);
        assertThat(reader.getShout()).isEqualTo("B");
        first.get(Label.class, guid, Consistency.STRONG).getShout();
        assertThat(second.admin().dynamicStatistics("label", "shout").misses()).isEqualTo(1);
        assertThat(first.admin().dynamicStatistics("label", "shout").hits()).isEqualTo(1);
        assertThat(stale.getName()).isEqualTo("a");
    }
}
