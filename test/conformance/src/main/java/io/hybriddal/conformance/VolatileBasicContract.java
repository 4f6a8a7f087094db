package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.Bytes.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.VolatileStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads and writes of a {@link VolatileStore} that do not depend on time passing: get, set,
 * getAll, add, delete, incr, key and value sizes. Run through {@link VolatileStoreContract}.
 */
public interface VolatileBasicContract extends VolatileStoreFixture {

    @Test
    default void get_returnsNull_whenKeyWasNeverSet() {
        VolatileStore store = newStore();
        store.set("v/other", utf8("x"), 0);

        assertThat(store.get("v/missing")).isNull();
    }

    @Test
    default void set_thenGet_returnsTheValue_andSetOverwrites() {
        VolatileStore store = newStore();

        store.set("v/k", utf8("one"), 60);
        assertThat(text(store.get("v/k"))).isEqualTo("one");
        store.set("v/k", utf8("two"), 60);
        assertThat(text(store.get("v/k"))).isEqualTo("two");
    }

    @Test
    default void set_roundTripsEveryByteValue_andAnEmptyValue() {
        VolatileStore store = newStore();

        store.set("v/binary", Bytes.everyByteValue(), 0);
        store.set("v/empty", new byte[0], 0);

        assertThat(store.get("v/binary")).isEqualTo(Bytes.everyByteValue());
        assertThat(store.get("v/empty")).isNotNull().isEmpty();
    }

    @Test
    default void set_roundTripsA512KiBValue() {
        VolatileStore store = newStore();
        byte[] large = Bytes.patterned(512 * 1024);

        store.set("v/large", large.clone(), 0);

        assertThat(Arrays.mismatch(store.get("v/large"), large)).as("first differing byte").isEqualTo(-1);
    }

    @Test
    default void set_keepsTheEntryLive_whenTtlExceedsThirtyDays() {
        VolatileStore store = newStore();

        // memcached reads a TTL above 30 days as a Unix time: a store passing it on unchanged
        // would write an entry that expired in 1970.
        store.set("v/long-lived", utf8("v"), 31 * 24 * 3600);
        assertThat(store.add("v/long-added", utf8("a"), 40 * 24 * 3600)).isTrue();

        assertThat(text(store.get("v/long-lived"))).isEqualTo("v");
        assertThat(text(store.get("v/long-added"))).isEqualTo("a");
    }

    @Test
    default void keysOf250Bytes_work() {
        VolatileStore store = newStore();
        String key = "v/" + "k".repeat(248);
        assertThat(key).hasSize(250);

        store.set(key, utf8("v"), 0);
        assertThat(text(store.get(key))).isEqualTo("v");
        assertThat(store.getAll(List.of(key))).containsOnlyKeys(key);
        assertThat(store.delete(key)).isTrue();
        assertThat(store.add(key, utf8("w"), 0)).isTrue();
        String counter = "n/" + "c".repeat(248);
        assertThat(store.incr(counter, 2, 7, 0)).isEqualTo(7);
        assertThat(store.incr(counter, 2, 7, 0)).isEqualTo(9);
    }

    @Test
    default void getAll_returnsOnlyTheHits() {
        VolatileStore store = newStore();
        store.set("v/a", utf8("A"), 0);
        store.set("v/c", utf8("C"), 60);

        Map<String, byte[]> found = store.getAll(List.of("v/a", "v/b", "v/c", "v/d"));

        assertThat(found).containsOnlyKeys("v/a", "v/c");
        assertThat(text(found.get("v/a"))).isEqualTo("A");
        assertThat(text(found.get("v/c"))).isEqualTo("C");
        assertThat(store.getAll(List.of("v/x", "v/y"))).isEmpty();
    }

    @Test
    default void add_storesOnlyWhenTheKeyIsAbsent() {
        VolatileStore store = newStore();

        assertThat(store.add("v/k", utf8("first"), 60)).isTrue();
        assertThat(store.add("v/k", utf8("second"), 60)).isFalse();
        assertThat(text(store.get("v/k"))).isEqualTo("first");

        store.set("v/set", utf8("s"), 0);
        assertThat(store.add("v/set", utf8("other"), 0)).isFalse();
        assertThat(text(store.get("v/set"))).isEqualTo("s");
    }

    @Test
    default void delete_returnsTrueOnce_thenFalse() {
        VolatileStore store = newStore();
        store.set("v/k", utf8("v"), 0);

        assertThat(store.delete("v/k")).isTrue();
        assertThat(store.get("v/k")).isNull();
        assertThat(store.delete("v/k")).isFalse();
        assertThat(store.delete("v/never")).isFalse();
        assertThat(store.add("v/k", utf8("again"), 0)).as("add after delete").isTrue();
    }

    @Test
    default void incr_createsTheCounterWithInitial_thenAddsDelta() {
        VolatileStore store = newStore();

        assertThat(store.incr("v/n", 5, 10, 0)).isEqualTo(10);
        assertThat(store.incr("v/n", 5, 10, 0)).isEqualTo(15);
        assertThat(store.incr("v/n", 0, 10, 0)).isEqualTo(15);
        // memcached keeps counters as decimal text; readers of the raw value rely on it.
        assertThat(text(store.get("v/n"))).isEqualTo("15");
    }

    @Test
    default void incr_addsToADecimalValueWrittenBySet() {
        VolatileStore store = newStore();
        store.set("v/n", utf8("41"), 0);

        assertThat(store.incr("v/n", 1, 0, 0)).isEqualTo(42);
        assertThat(text(store.get("v/n"))).isEqualTo("42");
    }
}
