package io.hybriddal.dal.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.KeyChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CommitHistory}: the last commits up to its capacity, in order, across growing and wrapping around. */
class CommitHistoryTest {

    private static List<KeyChange> changeAt(long revision) {
        return List.of(new KeyChange("k/" + revision, new byte[] {1}, null, revision));
    }

    private static List<Long> replayed(CommitHistory history, long afterRevision) {
        List<Long> revisions = new ArrayList<>();
        history.replay(afterRevision, (revision, changes) -> {
            assertThat(changes).extracting(KeyChange::key).containsExactly("k/" + revision);
            revisions.add(revision);
        });
        return revisions;
    }

    @Test
    void keepsTheLastCommitsUpToItsCapacity_inOrder_afterGrowingAndWrappingAround() {
        CommitHistory history = new CommitHistory(40);
        for (long r = 1; r <= 50; r++) {
            history.append(r, changeAt(r));
        }

        assertThat(history.oldestRevision()).isEqualTo(11);
        assertThat(replayed(history, 44)).containsExactly(45L, 46L, 47L, 48L, 49L, 50L);
        assertThat(replayed(history, 0)).hasSize(40).startsWith(11L).endsWith(50L).isSorted();
    }

    @Test
    void dropThrough_forgetsTheOldestCommits_andKeepsAppending() {
        CommitHistory history = new CommitHistory(5);
        for (long r = 1; r <= 8; r++) {
            history.append(r, changeAt(r));
        }

        history.dropThrough(6);
        history.append(9, changeAt(9));

        assertThat(history.oldestRevision()).isEqualTo(7);
        assertThat(replayed(history, 0)).containsExactly(7L, 8L, 9L);
        history.dropThrough(100);
        assertThat(history.oldestRevision()).isZero();
        assertThat(replayed(history, 0)).isEmpty();
    }

    @Test
    void keepsNothing_withCapacityZero() {
        CommitHistory history = new CommitHistory(0);
        history.append(1, changeAt(1));

        assertThat(history.oldestRevision()).isZero();
        assertThat(replayed(history, 0)).isEmpty();
    }
}
