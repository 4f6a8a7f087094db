package io.hybriddal.dal.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a snapshot keeps of its values: equal strings once, everything else as given. */
class SnapshotTest {

    @Test
    void equalStringsOfOneDocument_areHeldOnce_andKeepTheirSlotsAndValues() {
        String id = new String("vol-000042".toCharArray());
        String tag = new String("vol-000042".toCharArray());
        String other = new String("vol-000043".toCharArray());

        Snapshot snapshot = new Snapshot(null, 7, 1, new Object[] {id, 42L, tag, other, null}, Map.of());

        assertThat(snapshot.values()).containsExactly("vol-000042", 42L, "vol-000042", "vol-000043", null);
        assertThat(snapshot.values()[2]).isSameAs(id);
        assertThat(snapshot.values()[3]).isSameAs(other);
    }

    @Test
    void aTombstone_hasNoValues() {
        assertThat(Snapshot.tombstone(9).isTombstone()).isTrue();
        assertThat(Snapshot.tombstone(9).revision()).isEqualTo(9);
    }
}
