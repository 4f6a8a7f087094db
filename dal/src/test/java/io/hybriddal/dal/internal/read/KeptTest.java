package io.hybriddal.dal.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.internal.codec.Snapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeptTest {

    private static final int MEMBERS = 2 * LazyDataList.PAGE + 50;

    private static final List<String> GUIDS = IntStream.range(0, MEMBERS).mapToObj(i -> "g" + i).toList();

    private static Snapshot[] snapshots(int count, long revision) {
        Snapshot[] snapshots = new Snapshot[count];
        for (int i = 0; i < count; i++) {
            snapshots[i] = Snapshot.of(null, revision + i, 1, new Object[] {GUIDS.get(i)}, Map.of());
        }
        return snapshots;
    }

    @Test
    void keepAll_splitsTheSnapshotsIntoPages_eachServedAtItsStampOnly() {
        Kept kept = Kept.of(GUIDS);
        Snapshot[] all = snapshots(MEMBERS, 100);

        kept.keepAll(7, all);

        assertThat(kept.snapshots(0, 7)).containsExactly(Arrays.copyOfRange(all, 0, LazyDataList.PAGE));
        assertThat(kept.snapshots(1, 7)).containsExactly(Arrays.copyOfRange(all, LazyDataList.PAGE, 2 * LazyDataList.PAGE));
        assertThat(kept.snapshots(2, 7)).containsExactly(Arrays.copyOfRange(all, 2 * LazyDataList.PAGE, MEMBERS));
        assertThat(kept.snapshots(0, 8)).isNull();
        assertThat(kept.snapshots(2, 6)).isNull();
    }

    @Test
    void keep_replacesOnlyItsOwnPage() {
        Kept kept = Kept.of(GUIDS);
        kept.keepAll(7, snapshots(MEMBERS, 100));
        Snapshot[] newer = snapshots(50, 900);

        kept.keep(2, 9, newer);

        assertThat(kept.snapshots(2, 9)).isSameAs(newer);
        assertThat(kept.snapshots(0, 7)).hasSize(LazyDataList.PAGE);
        assertThat(kept.snapshots(1, 7)).hasSize(LazyDataList.PAGE);
    }

    @Test
    void aListOfOnePage_keepsItsPageUntilReplaced() {
        Kept kept = Kept.of(GUIDS.subList(0, 3));
        assertThat(kept.snapshots(0, 1)).isNull();

        Snapshot[] first = snapshots(3, 100);
        kept.keepAll(1, first);
        assertThat(kept.snapshots(0, 1)).isSameAs(first);

        Snapshot[] second = snapshots(3, 200);
        kept.keep(0, 2, second);
        assertThat(kept.snapshots(0, 1)).isNull();
        assertThat(kept.snapshots(0, 2)).isSameAs(second);
    }
}
