package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.internal.read.LazyDataList;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The members of a computed indexed result: handed from the run to the list, and never older than the near cache. */
class QueryResultMembersTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).meterRegistry(meters).register(QDisk.class, QPool.class, QSite.class).build();

    @AfterEach
    void close() {
        dal.close();
        store.close();
    }

    private void disk(String name, String volume) {
        QDisk d = dal.create(QDisk.class);
        d.setName(name);
        d.setVolumeId(volume);
        d.save();
    }

    private double nearCacheLookups() {
        return meters.get("hybriddal.nearcache.hits").functionCounter().count() + meters.get("hybriddal.nearcache.misses").functionCounter().count();
    }

    private static List<String> names(DataList<QDisk> disks) {
        List<String> names = new ArrayList<>();
        disks.forEach(d -> names.add(d.getName()));
        return names;
    }

    @Test
    void theMembersOfAComputedResultLoadFromTheRun_withoutASecondNearCacheLookup() {
        disk("a", "v1");
        disk("b", "v1");
        disk("c", "v2");
        double before = nearCacheLookups();

        assertThat(names(dal.query(QDisk.class).where(Filter.eq("volumeId", "v1")).list())).containsExactlyInAnyOrder("a", "b");

        assertThat(nearCacheLookups() - before).as("one lookup per candidate, none per member loaded").isEqualTo(2);
    }

    @Test
    void aResultOfSeveralPagesIsHandedPageByPage() {
        int count = LazyDataList.PAGE + 5;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            disk("d" + i, "v1");
            expected.add("d" + i);
        }
        double before = nearCacheLookups();

        assertThat(names(dal.query(QDisk.class).where(Filter.eq("volumeId", "v1")).list())).containsExactlyInAnyOrderElementsOf(expected);

        assertThat(nearCacheLookups() - before).isEqualTo(count);
    }

    @Test
    void aMemberChangedBetweenTheRunAndItsLoading_loadsAsChanged() {
        disk("a", "v1");
        DataList<QDisk> result = dal.query(QDisk.class).where(Filter.eq("volumeId", "v1")).list();
        assertThat(result.size()).isEqualTo(1);

        QDisk a = dal.query(QDisk.class).where(Filter.eq("name", "a")).list().get(0);
        a.setLabel("changed");
        a.save();

        assertThat(result.get(0).getLabel()).isEqualTo("changed");
    }
}
