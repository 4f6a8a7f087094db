package io.hybriddal.dal.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.internal.codec.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The near cache's table of snapshots by 128-bit guid: a map under random operations, bounded by the clock. */
class SnapshotTableTest {

    private static Snapshot at(long revision) {
        return Snapshot.tombstone(revision);
    }

    @Test
    void everyKeyComputed_isFound_andAbsentKeysAreNot() {
        SnapshotTable table = new SnapshotTable(100_000);
        Random random = new Random(1);
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            UUID key = new UUID(random.nextLong(), random.nextLong());
            keys.add(key);
            table.compute(key.getMostSignificantBits(), key.getLeastSignificantBits(), old -> at(keys.size()));
        }

        for (int i = 0; i < keys.size(); i++) {
            assertThat(table.get(keys.get(i).getMostSignificantBits(), keys.get(i).getLeastSignificantBits()).revision()).isEqualTo(i + 1);
        }
        assertThat(table.get(random.nextLong(), random.nextLong())).isNull();
        assertThat(table.size()).isEqualTo(50_000);
    }

    @Test
    void keysDifferingInOneHalf_areTwoEntries() {
        SnapshotTable table = new SnapshotTable(100);
        table.compute(1, 2, old -> at(1));
        table.compute(1, 3, old -> at(2));
        table.compute(4, 2, old -> at(3));

        assertThat(table.get(1, 2).revision()).isEqualTo(1);
        assertThat(table.get(1, 3).revision()).isEqualTo(2);
        assertThat(table.get(4, 2).revision()).isEqualTo(3);
        assertThat(table.get(4, 3)).isNull();
    }

    /** Removal shifts entries back instead of leaving tombstones: a mistake there loses or resurrects keys. */
    @Test
    void randomPutsAndRemoves_agreeWithAHashMap() {
        SnapshotTable table = new SnapshotTable(1 << 20);
        Map<Long, Long> model = new HashMap<>();
        Random random = new Random(2);
        for (int op = 0; op < 200_000; op++) {
            long key = random.nextInt(3_000); // few keys, many collisions of probes, many removals
            long revision = op;
            if (random.nextInt(3) == 0) {
                table.compute(key, ~key, old -> null);
                model.remove(key);
            } else {
                table.compute(key, ~key, old -> at(revision));
                model.put(key, revision);
            }
        }

        for (long key = 0; key < 3_000; key++) {
            Snapshot found = table.get(key, ~key);
            assertThat(found == null ? null : found.revision()).as("key %d", key).isEqualTo(model.get(key));
        }
        assertThat(table.size()).isEqualTo(model.size());
    }

    @Test
    void compute_seesTheCurrentEntry_andKeepsItWhenRemapReturnsIt() {
        SnapshotTable table = new SnapshotTable(10);
        Snapshot first = at(5);
        table.compute(7, 7, old -> first);

        Snapshot kept = table.compute(7, 7, old -> old.revision() >= 3 ? old : at(3));

        assertThat(kept).isSameAs(first);
        assertThat(table.get(7, 7)).isSameAs(first);
    }

    @Test
    void size_staysWithinTheBound_whileEveryKeptEntryIsCorrect() {
        SnapshotTable table = new SnapshotTable(1_000);
        for (long key = 0; key < 20_000; key++) {
            long revision = key;
            table.compute(key * 31, key, old -> at(revision));
            assertThat(table.size()).isLessThanOrEqualTo(1_000);
        }

        int kept = 0;
        for (long key = 0; key < 20_000; key++) {
            Snapshot found = table.get(key * 31, key);
            if (found != null) {
                assertThat(found.revision()).isEqualTo(key);
                kept++;
            }
        }
        assertThat(kept).isEqualTo(table.size()).isEqualTo(1_000);
    }

    /** The bound is the table's, not a segment's share: guids unevenly spread over the segments evict nothing early. */
    @Test
    void asManyKeysAsTheMaximum_areAllKept() {
        SnapshotTable table = new SnapshotTable(10_000);
        Random random = new Random(3);
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            UUID key = new UUID(random.nextLong(), random.nextLong());
            keys.add(key);
            table.compute(key.getMostSignificantBits(), key.getLeastSignificantBits(), old -> at(1));
        }

        assertThat(keys).allMatch(key -> table.get(key.getMostSignificantBits(), key.getLeastSignificantBits()) != null);
        assertThat(table.size()).isEqualTo(10_000);
    }

    @Test
    void eviction_sparesEntriesReadSinceTheHandLastPassed() {
        SnapshotTable table = new SnapshotTable(16); // one segment of 16
        for (long key = 0; key < 17; key++) {
            table.compute(key, key, old -> at(1)); // the 17th sweeps every reference bit clear and evicts one
        }
        List<Long> read = new ArrayList<>();
        for (long key = 0; key < 17 && read.size() < 8; key++) {
            if (table.get(key, key) != null) {
                read.add(key);
            }
        }

        for (long key = 100; key < 107; key++) {
            table.compute(key, key, old -> at(1));
        }

        for (long key : read) {
            assertThat(table.get(key, key)).as("read key %d", key).isNotNull();
        }
        assertThat(table.size()).isEqualTo(16);
    }

    @Test
    void clear_removesEverything_andTheTableStaysUsable() {
        SnapshotTable table = new SnapshotTable(1_000);
        for (long key = 0; key < 500; key++) {
            table.compute(key, key, old -> at(1));
        }

        table.clear(0);
        table.compute(3, 3, old -> at(2));

        assertThat(table.size()).isEqualTo(1);
        assertThat(table.get(4, 4)).isNull();
        assertThat(table.get(3, 3).revision()).isEqualTo(2);
    }

    @Test
    void aBoundBelowOne_isRefused() {
        assertThatThrownBy(() -> new SnapshotTable(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumSize");
    }

    @Test
    void offer_isRefusedWhereNothingIsHeld_onlyWhenItsSegmentLostAnEntryNewerThanTheReadStart() {
        SnapshotTable table = new SnapshotTable(1); // one segment of one entry: every insert evicts
        table.compute(1, 1, old -> at(5)); // the tombstone of a change at 5
        for (long k = 2; table.get(1, 1) != null; k++) {
            table.compute(k, k, old -> at(3)); // until the clock evicts the tombstone
        }

        assertThat(table.offer(1, 1, at(4), 4)).as("read before the change at 5 was applied").isFalse();
        assertThat(table.get(1, 1)).isNull();
        assertThat(table.offer(1, 1, at(5), 5)).as("read after").isTrue();
        assertThat(table.offer(1, 1, at(4), 9)).as("older than what is held").isFalse();
        assertThat(table.get(1, 1).revision()).isEqualTo(5);
    }

    @Test
    void offer_afterAClear_isRefusedWhereNothingIsHeld_forAReadThatStartedBeforeIt() {
        SnapshotTable table = new SnapshotTable(100);
        table.clear(7);
        assertThat(table.offer(1, 1, at(6), 6)).isFalse();
        assertThat(table.offer(1, 1, at(6), 7)).isTrue();
    }

    @Test
    void offer_afterARemove_isRefusedWhereNothingIsHeld_forAReadThatStartedBeforeIt() {
        SnapshotTable table = new SnapshotTable(100);
        table.compute(1, 1, old -> at(3));
        table.remove(1, 1, 7); // a strong read found the object gone once the near cache had applied 7
        assertThat(table.get(1, 1)).isNull();
        assertThat(table.size()).isZero();
        assertThat(table.offer(1, 1, at(3), 6)).isFalse();
        assertThat(table.offer(1, 1, at(8), 7)).isTrue();
    }
}
