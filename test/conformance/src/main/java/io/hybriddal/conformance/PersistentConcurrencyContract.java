package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.Bytes.utf8;
import static io.hybriddal.conformance.StoreOps.put;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Commits from several threads at once: compare-and-set never loses an update, and commits on
 * disjoint keys never get in each other's way. Run through {@link PersistentStoreContract}.
 */
public interface PersistentConcurrencyContract extends PersistentStoreFixture {

    int THREADS = 4;

    @Test
    default void commit_losesNoUpdate_whenThreadsCompareAndSetOneCounter() {
        PersistentStore store = newStore();
        String key = "cc/counter";
        int incrementsPerThread = 50;
        put(store, key, "0");

        List<Integer> retries = Concurrently.run(THREADS, thread -> {
            int failures = 0;
            for (int i = 0; i < incrementsPerThread; i++) {
                while (true) {
                    KeyValue current = store.get(key);
                    long next = Long.parseLong(text(current.value())) + 1;
                    CommitResult result = store.commit(Commit.builder()
                            .requireRevision(key, current.modRevision())
                            .put(key, utf8(Long.toString(next))).build());
                    if (result.succeeded()) {
                        break;
                    }
                    assertThat(result.failedKeys()).containsExactly(key);
                    // Bounded: a store that never lets a CAS through must fail, not hang.
                    assertThat(++failures).as("failed compare-and-set attempts on thread %d", thread).isLessThan(100_000);
                }
            }
            return failures;
        });

        assertThat(text(store.get(key).value())).isEqualTo(Integer.toString(THREADS * incrementsPerThread));
        assertThat(retries).hasSize(THREADS);
    }

    @Test
    default void commit_succeedsForEveryThread_whenThreadsWriteDisjointKeys() {
        PersistentStore store = newStore();
        int commitsPerThread = 25;

        List<List<Long>> revisions = Concurrently.run(THREADS, thread -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < commitsPerThread; i++) {
                String key = "cc/" + thread + "/" + i;
                CommitResult result = store.commit(Commit.builder().requireAbsent(key).put(key, utf8(key)).build());
                assertThat(result.succeeded()).as("commit of %s", key).isTrue();
                mine.add(result.revision());
            }
            return mine;
        });

        Set<Long> distinct = new HashSet<>();
        for (int thread = 0; thread < THREADS; thread++) {
            List<Long> mine = revisions.get(thread);
            assertThat(mine).as("revisions seen by thread %d", thread).isSorted();
            distinct.addAll(mine);
            for (int i = 0; i < commitsPerThread; i++) {
                KeyValue kv = store.get("cc/" + thread + "/" + i);
                assertThat(kv).isNotNull();
                assertThat(kv.modRevision()).isEqualTo(mine.get(i));
            }
        }
        // Every commit got a revision of its own.
        assertThat(distinct).hasSize(THREADS * commitsPerThread);
    }
}
