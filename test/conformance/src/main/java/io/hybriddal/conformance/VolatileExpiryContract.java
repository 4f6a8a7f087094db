package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.Bytes.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.VolatileStore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time-to-live: an entry written at t with a TTL of s seconds is live while now &lt; t + s and
 * gone from t + s on; TTL 0 never expires; expired entries count as absent for every operation.
 * Needs a subclass that controls the store's time (skipped otherwise). Run through
 * {@link VolatileStoreContract}.
 */
public interface VolatileExpiryContract extends VolatileStoreFixture {

    Duration ONE_MILLI = Duration.ofMillis(1);

    @Test
    default void get_servesAnEntryWhileNowIsBeforeItsTtlEnd_andMissesFromThen() {
        requireTimeControl();
        VolatileStore store = newStore();
        store.set("x/k", utf8("v"), 10);

        moveTime(Duration.ofSeconds(10).minus(ONE_MILLI));
        assertThat(text(store.get("x/k"))).as("1 ms before the TTL ends").isEqualTo("v");

        moveTime(ONE_MILLI);
        assertThat(store.get("x/k")).as("exactly at the TTL end").isNull();
    }

    @Test
    default void set_withTtlZero_neverExpires() {
        requireTimeControl();
        VolatileStore store = newStore();
        store.set("x/forever", utf8("v"), 0);
        store.add("x/forever-added", utf8("a"), 0);
        store.incr("x/forever-counter", 1, 1, 0);

        moveTime(Duration.ofDays(400));

        assertThat(text(store.get("x/forever"))).isEqualTo("v");
        assertThat(text(store.get("x/forever-added"))).isEqualTo("a");
        assertThat(store.incr("x/forever-counter", 1, 1, 0)).isEqualTo(2);
    }

    @Test
    default void set_restartsTheTtl_whenOverwritingAnEntry() {
        requireTimeControl();
        VolatileStore store = newStore();
        store.set("x/k", utf8("v1"), 10);
        moveTime(Duration.ofSeconds(5));
        store.set("x/k", utf8("v2"), 10);

        moveTime(Duration.ofSeconds(9));
        assertThat(text(store.get("x/k"))).isEqualTo("v2");
        moveTime(Duration.ofSeconds(1));
        assertThat(store.get("x/k")).isNull();
    }

    @Test
    default void add_succeeds_whenThePreviousEntryExpired() {
        requireTimeControl();
        VolatileStore store = newStore();
        assertThat(store.add("x/lock", utf8("old-owner"), 5)).isTrue();

        moveTime(Duration.ofSeconds(5));

        assertThat(store.add("x/lock", utf8("new-owner"), 5)).isTrue();
        assertThat(text(store.get("x/lock"))).isEqualTo("new-owner");
        assertThat(store.add("x/lock", utf8("third"), 5)).isFalse();
    }

    @Test
    default void incr_restartsFromInitial_whenTheCounterExpired() {
        requireTimeControl();
        VolatileStore store = newStore();
        assertThat(store.incr("x/n", 1, 100, 5)).isEqualTo(100);
        assertThat(store.incr("x/n", 1, 100, 5)).isEqualTo(101);

        moveTime(Duration.ofSeconds(5));

        assertThat(store.incr("x/n", 1, 100, 5)).isEqualTo(100);
    }

    @Test
    default void incr_keepsTheExpiryTheCounterWasCreatedWith() {
        requireTimeControl();
        VolatileStore store = newStore();
        store.incr("x/n", 1, 1, 10);
        moveTime(Duration.ofSeconds(8));
        assertThat(store.incr("x/n", 1, 1, 10)).isEqualTo(2);

        // An increment is not a write with a new TTL: the counter still ends at creation + 10 s.
        moveTime(Duration.ofSeconds(2));
        assertThat(store.get("x/n")).isNull();
    }

    @Test
    default void expiredEntries_countAsAbsent_forGetAllAndDelete() {
        requireTimeControl();
        VolatileStore store = newStore();
        store.set("x/short", utf8("s"), 1);
        store.set("x/long", utf8("l"), 60);

        moveTime(Duration.ofSeconds(1));

        assertThat(store.getAll(List.of("x/short", "x/long"))).containsOnlyKeys("x/long");
        assertThat(store.delete("x/short")).as("delete of an expired entry").isFalse();
        assertThat(store.delete("x/long")).isTrue();
    }
}
