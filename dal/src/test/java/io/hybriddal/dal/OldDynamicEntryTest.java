package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import io.hybriddal.dal.spi.support.ForwardingVolatileStore;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A dynamic cached in the format before revisions (8-byte time, then JSON) reads as a miss, not an error. */
class OldDynamicEntryTest {

    /** The memory store, remembering the key of the last set. */
    static final class KeyRecording extends ForwardingVolatileStore {
        volatile String lastSet;

        KeyRecording() {
            super(new MemoryVolatileStore(Clock.systemUTC()));
        }

        @Override
        public void set(String key, byte[] value, int ttlSeconds) {
            lastSet = key;
            super.set(key, value, ttlSeconds);
        }
    }

    private final KeyRecording cache = new KeyRecording();
    private final Dal dal = Dal.builder().persistentStore(new MemoryPersistentStore()).volatileStore(cache)
            .register(StaleDynamicTest.Label.class).build();

    @AfterEach
    void close() {
        dal.close();
    }

    @Test
    void anEntryOfTheOldFormat_isRecomputedAndReplaced() {
        StaleDynamicTest.Label label = dal.create(StaleDynamicTest.Label.class);
        label.setName("a");
        label.save();
        assertThat(label.getShout()).isEqualTo("A");
        String key = cache.lastSet;
        byte[] json = "\"OLD\"".getBytes(StandardCharsets.UTF_8);
        cache.delegate().set(key, ByteBuffer.allocate(8 + json.length).putLong(System.currentTimeMillis()).put(json).array(), 60);

        StaleDynamicTest.Label reader = dal.get(StaleDynamicTest.Label.class, label.getGuid(), Consistency.STRONG);
        assertThat(reader.getShout()).isEqualTo("A");
        assertThat(dal.admin().dynamicStatistics("label", "shout").misses()).isEqualTo(2);
        assertThat(dal.admin().cachedDynamic(reader, "shout").orElseThrow().json()).isEqualTo("\"A\"");
    }
}
