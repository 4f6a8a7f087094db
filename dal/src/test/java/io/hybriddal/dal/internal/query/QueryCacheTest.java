package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryCacheTest extends QueryTestBase {

    @Test
    void aRepeatedQueryIsServedFromTheCacheWithoutScanning() {
        disk("a", 1);
        DataList<QDisk> first = dal.query(QDisk.class).where(Filter.eq("size", 1)).list();
        assertThat(first.guids()).hasSize(1);
        assertThat(first.fromCache()).isFalse();
        store.reset();
        DataList<QDisk> second = dal.query(QDisk.class).where(Filter.eq("size", 1L)).list();
        assertThat(second.fromCache()).isTrue();
        assertThat(second.guids()).isEqualTo(first.guids());
        assertThat(store.scanPrefixes()).isEmpty();
        assertThat(store.count("getAll")).isZero(); // this process's copy, valid while the watch reports no commit
    }

    @Test
    void aRepeatedQueryWithoutLocalCopyReadsOnlyTheGenerations() {
        try (Dal shared = Dal.builder().persistentStore(store).volatileStore(cache).localResultsSize(0)
                .register(QDisk.class, QPool.class, QSite.class).build()) {
            QDisk d = shared.create(QDisk.class);
            d.setName("a");
            d.setSize(1);
            d.save();
            List<String> first = shared.query(QDisk.class).where(Filter.eq("size", 1)).list().guids();
            store.reset();
            DataList<QDisk> second = shared.query(QDisk.class).where(Filter.eq("size", 1L)).list();
            assertThat(second.fromCache()).isTrue();
            assertThat(second.guids()).isEqualTo(first);
            assertThat(store.scanPrefixes()).isEmpty();
            assertThat(store.count("getAll")).isEqualTo(1); // the generations only
        }
    }

    @Test
    void anIndexedEqualityOverManyObjectsReadsOnlyTheIndexAndAtMostOneMultiGet() {
        for (int i = 0; i < 600; i++) {
            QDisk d = dal.create(QDisk.class);
            d.setName("d" + i);
            d.setVolumeId(i % 200 == 0 ? "hit" : "v" + i);
            d.save();
        }
        store.reset();
        assertThat(dal.query(QDisk.class).where(Filter.eq("volumeId", "hit")).count()).isEqualTo(3);
        assertThat(store.count("scan", "o/")).isZero();
        assertThat(store.scanPrefixes()).containsExactly("i/qdisk/volumeId/shit/");
        // none once the watch has delivered the saves' echoes and the near cache holds the candidates
        assertThat(store.count("getAll", "o/")).isLessThanOrEqualTo(1);
    }

    @Test
    void aDynamicQueryIsNeverCached() {
        disk("a", 3);
        assertThat(dal.query(QDisk.class).where(Filter.eq("doubled", 6)).list().fromCache()).isFalse();
        assertThat(dal.query(QDisk.class).where(Filter.eq("doubled", 6)).list().fromCache()).isFalse();
        assertThat(dal.query(QDisk.class).orderBy("doubled").list().fromCache()).isFalse();
    }

    @Test
    void aChangeToAReadFieldMisses_aChangeToAnotherFieldDoesNot() {
        QDisk a = disk("a", 1);
        List<String> guids = dal.query(QDisk.class).where(Filter.eq("size", 1)).guids();
        a.setLabel("other");
        a.save();
        assertThat(dal.query(QDisk.class).where(Filter.eq("size", 1)).list().fromCache()).isTrue();
        a.setSize(2);
        a.save();
        DataList<QDisk> after = dal.query(QDisk.class).where(Filter.eq("size", 1)).list();
        assertThat(after.fromCache()).isFalse();
        assertThat(after.guids()).isEmpty();
        assertThat(guids).containsExactly(a.getGuid());
    }
}
