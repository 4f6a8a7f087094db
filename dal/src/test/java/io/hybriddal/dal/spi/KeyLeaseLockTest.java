package io.hybriddal.dal.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The key-kept lock of stores without leases (the memory store): a holder that stops renewing loses it when its lease ends. */
class KeyLeaseLockTest {

    private final AtomicLong millis = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    };
    private final MemoryPersistentStore store = new MemoryPersistentStore("", 100, clock);

    @Test
    void aCrashedHoldersLock_isFreeOnceItsLeaseEnded_andTheHolderLearnsItLostIt() {
        StoreLock crashed = store.tryLock("m/lock", Duration.ofSeconds(10));
        millis.addAndGet(9_000);
        assertThat(store.tryLock("m/lock", Duration.ofSeconds(10))).isNull();

        millis.addAndGet(2_000);
        StoreLock next = store.tryLock("m/lock", Duration.ofSeconds(10));

        assertThat(next).isNotNull();
        assertThat(crashed.renew()).isFalse();
        assertThat(next.renew()).isTrue();
    }

    @Test
    void renewing_extendsTheLease_fromNow() {
        StoreLock held = store.tryLock("m/lock", Duration.ofSeconds(10));
        millis.addAndGet(8_000);
        assertThat(held.renew()).isTrue();
        millis.addAndGet(8_000);
        assertThat(store.tryLock("m/lock", Duration.ofSeconds(10))).isNull();
    }
}
