package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stale-dynamic bug (issue 15, bug 3) on the real servers: a dynamic cached in memcached
 * carries the object revision it was computed from, so a value an instance loaded before another
 * writer's save computes is never served to a reader of the saved revision, and does not replace
 * the entry of a newer one. Two Dals on one etcd namespace and one memcached; TTLs follow the
 * Dals' clock, which the test moves by hand.
 */
class StaleDynamicOnMemcachedTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2030-01-01T00:00:00Z");

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

    @Hybrid(name = "mclabel")
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
    private final PersistentStore store = RealStores.etcd();
    private final VolatileStore cache = RealStores.flushedMemcached();
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
        cache.close();
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
    void aValueComputedByAStaleInstance_isNotServedFromMemcachedToAReaderOfTheSavedRevision() {
        Label stale = staleAfterAnotherWritersSave();
        assertThat(stale.getShout()).isEqualTo("A"); // computed from its own (old) values, and cached in memcached
        assertThat(first.admin().cachedDynamic(stale, "shout")).isPresent();

        assertThat(second.get(Label.class, guid, Consistency.STRONG).getShout()).isEqualTo("B");
        assertThat(first.get(Label.class, guid, Consistency.STRONG).getShout()).isEqualTo("B");
    }

    @Test
    void aStaleInstance_doesNotReplaceTheMemcachedEntryOfANewerRevision() {
        Label stale = staleAfterAnotherWritersSave();
        Label reader = second.get(Label.class, guid, Consistency.STRONG);
        assertThat(reader.getShout()).isEqualTo("B");
        clock.advance(Duration.ofSeconds(60)); // expired for every reader by the Dals' clock: the stale instance computes

        assertThat(stale.getShout()).isEqualTo("A");

        assertThat(second.admin().cachedDynamic(reader, "shout").orElseThrow().json()).isEqualTo("\"B\"");
    }
}
