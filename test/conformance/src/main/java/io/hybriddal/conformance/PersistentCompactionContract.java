package io.hybriddal.conformance;

import static io.hybriddal.conformance.StoreOps.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.PersistentStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Watches across a compacted history: a watch from before the compaction is told so first and
 * then continues; a watch from the compaction point replays normally. Skipped for stores whose
 * {@link PersistentStoreContract} subclass does not support compaction.
 *
 * <p>Stores differ on whether compacting at r keeps r itself (etcd does, memory does not), so the
 * reported compact revision is only required to lie after the watch's start and no later than r;
 * what follows must then be exactly the commits after it.
 */
public interface PersistentCompactionContract extends PersistentStoreFixture {

    @Test
    default void watch_getsCompactionNoticeFirst_thenTheCommitsAfterIt_whenStartingBeforeTheCompaction() {
        assumeTrue(compactionSupported(), "the store under test does not support compaction");
        PersistentStore store = newStore();
        List<Long> revisions = commitFive(store);
        compactHistory(store, revisions.get(2));

        WatchRecorder watch = startWatch(store, "w/", revisions.get(0));

        long compacted = watch.nextCompaction();
        assertThat(compacted).isGreaterThan(revisions.get(0)).isLessThanOrEqualTo(revisions.get(2));
        for (long revision : revisions) {
            if (revision > compacted) {
                assertThat(watch.nextChanges()).singleElement()
                        .satisfies(c -> assertThat(c.revision()).isEqualTo(revision));
            }
        }
        long live = put(store, "w/live", "l");
        assertThat(watch.nextChanges()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("w/live");
            assertThat(c.revision()).isEqualTo(live);
        });
    }

    @Test
    default void watch_replaysWithoutCompactionNotice_whenStartingAtTheCompactedRevision() {
        assumeTrue(compactionSupported(), "the store under test does not support compaction");
        PersistentStore store = newStore();
        List<Long> revisions = commitFive(store);
        compactHistory(store, revisions.get(2));

        WatchRecorder watch = startWatch(store, "w/", revisions.get(2));

        // nextChanges fails if an onCompacted arrives instead.
        assertThat(watch.nextChanges()).extracting(KeyChange::revision).containsExactly(revisions.get(3));
        assertThat(watch.nextChanges()).extracting(KeyChange::revision).containsExactly(revisions.get(4));
    }

    /** Five commits of one key each under "w/"; their revisions in order. */
    private static List<Long> commitFive(PersistentStore store) {
        List<Long> revisions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            revisions.add(put(store, "w/" + i, "v" + i));
        }
        return revisions;
    }
}
