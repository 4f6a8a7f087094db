package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.querymodel.QueryPool;
import io.hybriddal.acceptance.querymodel.QueryVolume;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.spi.support.RecordingPersistentStore;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query cache (DESIGN.md semantics 3; ovs-dal.md §1.19 and §7 item 5): results shared
 * through the volatile store, keyed by the generations of the fields a query reads, so that a
 * commit changing one of them (or creating or deleting an object) is never followed by a stale
 * result, even when it lands while the result is being computed. The Dal under test runs on a
 * {@link RecordingPersistentStore} over the test's store; {@link #anotherDal()} plays a second
 * process on the same stores. Run by {@link AcceptanceSuite}.
 */
public abstract class QueryCacheContract extends DalTestBase {

    private RecordingPersistentStore recorded;
    private Dal dal;

    @Override
    protected List<Class<? extends DataObject>> hybrids() {
        return QueryVolume.HYBRIDS;
    }

    @BeforeEach
    void dalOnARecordedStore() {
        recorded = new RecordingPersistentStore(persistentStore());
        // the shared cache alone: a process's local copy in front of it follows the near cache's
        // coherence (another process's commit shows after the watch) and is tested on its own
        dal = open(Dal.builder().persistentStore(recorded).volatileStore(volatileStore()).clock(clock).localResultsSize(0)
                .register(QueryVolume.HYBRIDS.toArray(Class[]::new)));
    }

    private QueryVolume volume(Dal in, String name, long size) {
        QueryVolume v = in.create(QueryVolume.class);
        v.setName(name);
        v.setSize(size);
        v.save();
        return v;
    }

    private DataList<QueryVolume> small() {
        return dal.query(QueryVolume.class).where(Filter.lt("size", 100)).orderBy("name").list();
    }

    private List<String> names(DataList<QueryVolume> list) {
        return list.stream().map(QueryVolume::getName).toList();
    }

    @Test
    void aRepeatedQuery_comesFromTheCache_withoutScanning() {
        volume(dal, "a", 1);
        volume(dal, "b", 200);
        DataList<QueryVolume> first = small();
        assertThat(names(first)).containsExactly("a");
        assertThat(first.fromCache()).isFalse();

        recorded.reset();
        DataList<QueryVolume> second = small();
        assertThat(second.guids()).isEqualTo(first.guids());
        assertThat(second.fromCache()).isTrue();
        assertThat(recorded.count("scan")).isZero();
    }

    @Test
    void anotherDalOnTheSameStores_getsTheCachedResult() {
        volume(dal, "a", 1);
        List<String> guids = small().guids();
        DataList<QueryVolume> elsewhere = anotherDal().query(QueryVolume.class).where(Filter.lt("size", 100L)).orderBy("name").list();
        assertThat(elsewhere.fromCache()).isTrue();
        assertThat(elsewhere.guids()).isEqualTo(guids);
    }

    @Test
    void aCommitChangingAReadField_makesTheNextQueryMissWithTheNewResult() {
        QueryVolume a = volume(dal, "a", 1);
        volume(dal, "b", 2);
        assertThat(names(small())).containsExactly("a", "b");
        a.setSize(500);
        a.save();
        DataList<QueryVolume> after = small();
        assertThat(after.fromCache()).isFalse();
        assertThat(names(after)).containsExactly("b");
    }

    @Test
    void aChangeToAFieldOfARelatedObjectOnThePath_invalidates() {
        QueryPool pool = dal.create(QueryPool.class);
        pool.setName("gold");
        pool.save();
        QueryVolume a = volume(dal, "a", 1);
        a.setPool(pool);
        a.save();
        assertThat(dal.query(QueryVolume.class).where(Filter.eq("pool.name", "gold")).guids()).containsExactly(a.getGuid());
        pool.setName("iron");
        pool.save();
        DataList<QueryVolume> after = dal.query(QueryVolume.class).where(Filter.eq("pool.name", "gold")).list();
        assertThat(after.fromCache()).isFalse();
        assertThat(after.guids()).isEmpty();
    }

    @Test
    void aCommitChangingOnlyOtherFields_leavesTheResultCached() {
        QueryVolume a = volume(dal, "a", 1);
        small().guids();
        a.setLabel("relabelled");
        a.save();
        assertThat(small().fromCache()).isTrue();
    }

    @Test
    void creatingOrDeletingAnObject_invalidates() {
        QueryVolume a = volume(dal, "a", 1);
        assertThat(names(small())).containsExactly("a");
        volume(anotherDal(), "b", 2);
        DataList<QueryVolume> afterCreate = small();
        assertThat(afterCreate.fromCache()).isFalse();
        assertThat(names(afterCreate)).containsExactly("a", "b");
        a.delete();
        DataList<QueryVolume> afterDelete = small();
        assertThat(afterDelete.fromCache()).isFalse();
        assertThat(afterDelete.guids()).hasSize(1);
    }

    @Test
    void anObjectCreatedWhileAQueryComputes_leavesNoStaleCachedResult() {
        volume(dal, "a", 1);
        recorded.afterNextScan("o/", () -> volume(anotherDal(), "b", 2));
        assertThat(names(small())).containsExactly("a"); // computed from the page read before the commit
        DataList<QueryVolume> next = small();
        assertThat(next.fromCache()).isFalse();
        assertThat(names(next)).containsExactly("a", "b");
        assertThat(small().fromCache()).isTrue();
    }

    @Test
    void anObjectRenamedWhileAQueryComputes_leavesNoStaleCachedResult() {
        QueryVolume a = volume(dal, "a", 1);
        recorded.afterNextScan("o/", () -> {
            QueryVolume there = anotherDal().get(QueryVolume.class, a.getGuid());
            there.setName("renamed");
            there.save();
        });
        assertThat(namedA().guids()).containsExactly(a.getGuid()); // computed from the page read before the commit
        DataList<QueryVolume> next = namedA();
        assertThat(next.fromCache()).isFalse();
        assertThat(next.guids()).isEmpty();
    }

    /** Volumes whose name starts with "a": a scan (no index serves startsWith). */
    private DataList<QueryVolume> namedA() {
        return dal.query(QueryVolume.class).where(Filter.startsWith("name", "a")).list();
    }

    @Test
    void anObjectDeletedWhileAQueryComputes_leavesNoStaleCachedResult() {
        QueryVolume a = volume(dal, "a", 1);
        recorded.afterNextScan("o/", () -> anotherDal().get(QueryVolume.class, a.getGuid()).delete());
        assertThat(small().guids()).containsExactly(a.getGuid());
        DataList<QueryVolume> next = small();
        assertThat(next.fromCache()).isFalse();
        assertThat(next.guids()).isEmpty();
    }

    @Test
    void aQueryReadingADynamic_isNeverCached() {
        volume(dal, "a", 30);
        assertThat(dal.query(QueryVolume.class).where(Filter.eq("load", 3)).list().fromCache()).isFalse();
        DataList<QueryVolume> again = dal.query(QueryVolume.class).where(Filter.eq("load", 3)).list();
        assertThat(again.fromCache()).isFalse();
        assertThat(again.guids()).hasSize(1);
        assertThat(dal.query(QueryVolume.class).orderBy("load").list().fromCache()).isFalse();
    }

    @Test
    void anIndexedEqualityOverManyObjects_readsOnlyIndexPagesAndAtMostOneMultiGet() {
        dal.inTransaction(() -> {
            for (int i = 0; i < 5_000; i++) {
                QueryVolume v = dal.create(QueryVolume.class);
                v.setName("v" + i);
                v.setVolumeId(i % 2_000 == 7 ? "wanted" : "id" + i);
                v.save();
            }
        });
        recorded.reset();
        List<String> guids = dal.query(QueryVolume.class).where(Filter.eq("volumeId", "wanted")).guids();
        assertThat(guids).hasSize(3);
        assertThat(recorded.count("scan", "o/")).isZero();
        assertThat(recorded.count("scan", "i/")).isEqualTo(1);
        // none where the near cache holds the candidates and can tell it is current (embedded stores)
        assertThat(recorded.count("getAll", "o/")).isLessThanOrEqualTo(1);
    }
}
