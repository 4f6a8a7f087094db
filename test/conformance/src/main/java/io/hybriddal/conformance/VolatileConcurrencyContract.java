package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.Bytes.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.VolatileStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The operations whose answer matters under contention: {@code add} (used as a lock) and
 * {@code incr} (used as a counter). Run through {@link VolatileStoreContract}.
 */
public interface VolatileConcurrencyContract extends VolatileStoreFixture {

    int THREADS = 4;

    @Test
    default void add_letsExactlyOneThreadWin_forEachKey() {
        VolatileStore store = newStore();
        int keys = 200;

        // Every thread races for every key: many races, so a non-atomic add is caught quickly.
        List<List<Integer>> wins = Concurrently.run(THREADS, thread -> {
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < keys; i++) {
                if (store.add("race/" + i, utf8("thread-" + thread), 0)) {
                    mine.add(i);
                }
            }
            return mine;
        });

        for (int i = 0; i < keys; i++) {
            int key = i;
            List<Integer> winners = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                if (wins.get(thread).contains(key)) {
                    winners.add(thread);
                }
            }
            assertThat(winners).as("threads whose add of race/%d succeeded", key).hasSize(1);
            assertThat(text(store.get("race/" + key))).isEqualTo("thread-" + winners.get(0));
        }
    }

    @Test
    default void incr_losesNoIncrement_underConcurrentUse() {
        VolatileStore store = newStore();
        int perThread = 250;

        // initial == delta: the call that creates the counter counts as one increment too.
        List<List<Long>> seen = Concurrently.run(THREADS, thread -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                mine.add(store.incr("race/counter", 1, 1, 0));
            }
            return mine;
        });

        long total = (long) THREADS * perThread;
        Set<Long> all = new HashSet<>();
        seen.forEach(all::addAll);
        // Each call saw a value of its own: no two increments were merged into one.
        assertThat(all).isEqualTo(LongStream.rangeClosed(1, total).boxed().collect(Collectors.toSet()));
        assertThat(text(store.get("race/counter"))).isEqualTo(Long.toString(total));
    }
}
