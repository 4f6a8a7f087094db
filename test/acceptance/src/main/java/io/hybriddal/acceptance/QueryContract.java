package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.querymodel.QueryPool;
import io.hybriddal.acceptance.querymodel.QueryRegion;
import io.hybriddal.acceptance.querymodel.QueryVolume;
import io.hybriddal.acceptance.querymodel.VolumeKind;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.InvalidQueryException;
import io.hybriddal.dal.Order;
import io.hybriddal.dal.Query;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Queries (DESIGN.md "Filter", "Query", "DataList"; semantics 1–2; ovs-dal.md §1.20–§1.22 and
 * §7 items 2–3): every operator, paths across relations, ordering, slicing, DataList.where, and
 * invalid queries. Run by {@link AcceptanceSuite}.
 */
public abstract class QueryContract extends DalTestBase {

    private QueryRegion north;
    private QueryPool gold;
    private QueryPool iron;
    private QueryVolume alpha;
    private QueryVolume beta;
    private QueryVolume gamma;
    private QueryVolume delta;

    @Override
    protected List<Class<? extends DataObject>> hybrids() {
        return QueryVolume.HYBRIDS;
    }

    @BeforeEach
    void someVolumes() {
        north = dal().create(QueryRegion.class);
        north.setName("north");
        north.save();
        gold = pool("gold", north);
        iron = pool("iron", null);
        alpha = volume("Alpha", 10, VolumeKind.THIN, gold, "va", null);
        beta = volume("beta", 20, VolumeKind.THICK, gold, "vb", "x");
        gamma = volume("gamma", 30, VolumeKind.CLONE, iron, null, "y");
        delta = volume("delta", 40, VolumeKind.THIN, null, "vd", null);
        alpha.setTags(List.of("Fast", "db"));
        alpha.setQuotas(Map.of("Iops", 100L));
        alpha.setCreated(Instant.parse("2030-01-01T00:00:00Z"));
        alpha.setOnline(true);
        alpha.save();
    }

    private QueryPool pool(String name, QueryRegion region) {
        QueryPool p = dal().create(QueryPool.class);
        p.setName(name);
        p.setRegion(region);
        p.save();
        return p;
    }

    private QueryVolume volume(String name, long size, VolumeKind kind, QueryPool pool, String volumeId, String label) {
        QueryVolume v = dal().create(QueryVolume.class);
        v.setName(name);
        v.setSize(size);
        v.setKind(kind);
        v.setPool(pool);
        v.setVolumeId(volumeId);
        v.setLabel(label);
        v.save();
        return v;
    }

    private Query<QueryVolume> volumes() {
        return dal().query(QueryVolume.class);
    }

    private List<String> names(Filter filter) {
        return volumes().where(filter).orderBy("name").list().stream().map(QueryVolume::getName).toList();
    }

    private static List<String> guidsOf(QueryVolume... volumes) {
        return Stream.of(volumes).map(DataObject::getGuid).toList();
    }

    @Test
    void everyOperator_comparesByValue() {
        assertThat(names(Filter.eq("size", 20))).containsExactly("beta");
        assertThat(names(Filter.eq("size", 20.0))).containsExactly("beta");
        assertThat(names(Filter.ne("size", 20L))).containsExactly("Alpha", "delta", "gamma");
        assertThat(names(Filter.gt("size", 20.5))).containsExactly("delta", "gamma");
        assertThat(names(Filter.ge("size", 30))).containsExactly("delta", "gamma");
        assertThat(names(Filter.lt("size", 20))).containsExactly("Alpha");
        assertThat(names(Filter.le("size", 20))).containsExactly("Alpha", "beta");
        assertThat(names(Filter.in("size", List.of(10, 40L, 99)))).containsExactly("Alpha", "delta");
        assertThat(names(Filter.contains("name", "amm"))).containsExactly("gamma");
        assertThat(names(Filter.contains("tags", "db"))).containsExactly("Alpha");
        assertThat(names(Filter.contains("quotas", "Iops"))).containsExactly("Alpha");
        assertThat(names(Filter.startsWith("name", "de"))).containsExactly("delta");
        assertThat(names(Filter.eq("kind", "THIN"))).containsExactly("Alpha", "delta");
        assertThat(names(Filter.eq("kind", VolumeKind.CLONE))).containsExactly("gamma");
        assertThat(names(Filter.gt("kind", VolumeKind.THIN))).containsExactly("beta", "gamma");
        assertThat(names(Filter.eq("online", true))).containsExactly("Alpha");
        assertThat(names(Filter.ge("created", Instant.parse("2030-01-01T00:00:00Z")))).containsExactly("Alpha");
    }

    @Test
    void ignoreCase_appliesToEveryStringOperator() {
        assertThat(names(Filter.eq("name", "ALPHA"))).isEmpty();
        assertThat(names(Filter.eq("name", "ALPHA").ignoreCase())).containsExactly("Alpha");
        assertThat(names(Filter.ne("name", "ALPHA").ignoreCase())).containsExactly("beta", "delta", "gamma");
        assertThat(names(Filter.in("name", List.of("ALPHA", "BETA")).ignoreCase())).containsExactly("Alpha", "beta");
        assertThat(names(Filter.contains("name", "LT").ignoreCase())).containsExactly("delta");
        assertThat(names(Filter.startsWith("name", "a").ignoreCase())).containsExactly("Alpha");
        assertThat(names(Filter.contains("tags", "FAST").ignoreCase())).containsExactly("Alpha");
        assertThat(names(Filter.eq("volumeId", "VA").ignoreCase())).containsExactly("Alpha");
    }

    @Test
    void nulls_matchEqNullOnly_andNeverAnOrderedComparison() {
        assertThat(names(Filter.eq("label", null))).containsExactly("Alpha", "delta");
        assertThat(names(Filter.ne("label", null))).containsExactly("beta", "gamma");
        assertThat(names(Filter.ne("label", "x"))).containsExactly("Alpha", "delta", "gamma");
        assertThat(names(Filter.gt("label", ""))).containsExactly("beta", "gamma");
        assertThat(names(Filter.in("label", Arrays.asList("x", null)))).containsExactly("Alpha", "beta", "delta");
    }

    @Test
    void pathsCrossTwoRelations_andAMissingLinkMakesTheComparisonFalse() {
        assertThat(names(Filter.eq("pool.name", "gold"))).containsExactly("Alpha", "beta");
        assertThat(names(Filter.eq("pool.region.name", "north"))).containsExactly("Alpha", "beta");
        assertThat(names(Filter.ne("pool.region.name", "south"))).containsExactly("Alpha", "beta");
        assertThat(names(Filter.not(Filter.eq("pool.region.name", "north")))).containsExactly("delta", "gamma");
        assertThat(names(Filter.eq("pool.region", north))).containsExactly("Alpha", "beta");
    }

    @Test
    void aRelation_comparesWithAnObjectOrAGuid() {
        assertThat(names(Filter.eq("pool", iron))).containsExactly("gamma");
        assertThat(names(Filter.eq("pool", iron.getGuid()))).containsExactly("gamma");
        assertThat(names(Filter.in("pool", List.of(iron, gold.getGuid())))).containsExactly("Alpha", "beta", "gamma");
        assertThat(names(Filter.eq("pool", null))).containsExactly("delta");
        assertThat(names(Filter.ne("pool", gold))).containsExactly("delta", "gamma");
    }

    @Test
    void guid_canBeComparedWithEqAndIn() {
        assertThat(names(Filter.eq("guid", beta.getGuid()))).containsExactly("beta");
        assertThat(names(Filter.in("guid", List.of(gamma.getGuid(), alpha.getGuid(), "missing")))).containsExactly("Alpha", "gamma");
        assertThat(names(Filter.eq("guid", "missing"))).isEmpty();
    }

    @Test
    void indexedAndPlainFiltersMixedInOrGroups_giveExactResults() {
        // OVS dropped "idx == vb" here, losing beta (ovs-dal.md §7 item 2)
        assertThat(names(Filter.or(Filter.and(Filter.eq("volumeId", "va"), Filter.eq("label", "zzz")), Filter.eq("volumeId", "vb"))))
                .containsExactly("beta");
        assertThat(names(Filter.or(Filter.eq("volumeId", "va"), Filter.contains("volumeId", "d")))).containsExactly("Alpha", "delta");
        assertThat(names(Filter.or(Filter.contains("volumeId", "d"), Filter.eq("volumeId", "va")))).containsExactly("Alpha", "delta");
        assertThat(names(Filter.or(Filter.eq("volumeId", "va"), Filter.eq("size", 30)))).containsExactly("Alpha", "gamma");
        assertThat(names(Filter.and(Filter.eq("volumeId", "vb"), Filter.eq("label", "x")))).containsExactly("beta");
        assertThat(names(Filter.and(Filter.in("volumeId", List.of("va", "vb")), Filter.not(Filter.eq("name", "beta")))))
                .containsExactly("Alpha");
    }

    @Test
    void ordering_isMultiKeyAndDescending_withNullsFirstAscendingAndLastDescending() {
        assertThat(volumes().orderBy("kind").orderBy("size", Order.DESC).list()).extracting(QueryVolume::getName)
                .containsExactly("delta", "Alpha", "beta", "gamma");
        assertThat(volumes().orderBy("label").orderBy("name").list()).extracting(QueryVolume::getName)
                .containsExactly("Alpha", "delta", "beta", "gamma");
        assertThat(volumes().orderBy("label", Order.DESC).orderBy("name").list()).extracting(QueryVolume::getName)
                .containsExactly("gamma", "beta", "Alpha", "delta");
    }

    @Test
    void ordering_byARelationPathAndByADynamic() {
        assertThat(volumes().orderBy("pool.name", Order.DESC).orderBy("size").list()).extracting(QueryVolume::getName)
                .containsExactly("gamma", "Alpha", "beta", "delta");
        assertThat(volumes().orderBy("load", Order.DESC).list()).extracting(QueryVolume::getName)
                .containsExactly("delta", "gamma", "beta", "Alpha");
        assertThat(names(Filter.ge("load", 3))).containsExactly("delta", "gamma");
    }

    @Test
    void withoutOrderBy_theResultIsInAscendingGuidOrder() {
        List<String> ascending = guidsOf(alpha, beta, gamma, delta).stream().sorted().toList();
        assertThat(volumes().guids()).containsExactlyElementsOf(ascending);
        assertThat(volumes().where(Filter.in("volumeId", List.of("vd", "va", "vb"))).guids())
                .containsExactlyElementsOf(ascending.stream().filter(g -> !g.equals(gamma.getGuid())).toList());
    }

    @Test
    void offsetLimitCountFirstAndGuids_applyAfterOrdering() {
        Query<QueryVolume> bySize = volumes().orderBy("size").offset(1).limit(2);
        assertThat(bySize.guids()).containsExactlyElementsOf(guidsOf(beta, gamma));
        assertThat(bySize.count()).isEqualTo(2);
        assertThat(bySize.first()).contains(beta);
        assertThat(bySize.list()).containsExactly(beta, gamma);
        assertThat(volumes().offset(10).count()).isZero();
        assertThat(volumes().where(Filter.eq("name", "nobody")).first()).isEmpty();
        assertThat(volumes().where(Filter.gt("size", 15)).where(Filter.lt("size", 35)).count()).isEqualTo(2);
    }

    @Test
    void aDeletedResultMember_isSkippedByTheList() {
        var list = volumes().where(Filter.lt("size", 35)).orderBy("size").list();
        assertThat(list.guids()).hasSize(3);
        alpha.delete();
        assertThat(list).containsExactly(beta, gamma);
        assertThat(volumes().where(Filter.lt("size", 35)).orderBy("size").first()).contains(beta);
    }

    @Test
    void whereOnABackref_filtersWithinIt_keepingItsOrder() {
        List<String> backref = gold.getVolumes().guids();
        assertThat(gold.getVolumes().where(Filter.all()).guids()).containsExactlyElementsOf(backref);
        assertThat(gold.getVolumes().where(Filter.gt("size", 15)).guids()).containsExactly(beta.getGuid());
        var given = dal().list(QueryVolume.class, guidsOf(delta, beta, alpha, gamma));
        assertThat(given.where(Filter.ne("kind", VolumeKind.THICK)).guids()).containsExactlyElementsOf(guidsOf(delta, alpha, gamma));
        assertThat(given.where(Filter.ne("kind", VolumeKind.THICK)).where(Filter.lt("size", 35)).guids())
                .containsExactlyElementsOf(guidsOf(alpha, gamma));
        assertThat(given.where(Filter.all()).fromCache()).isFalse();
    }

    @Test
    void invalidQueries_areRejectedNamingHybridAndPath() {
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.eq("nmae", "x")).list()))
                .hasMessageContaining("qvolume").hasMessageContaining("nmae");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.eq("pool.nmae", "x")).count()))
                .hasMessageContaining("pool.nmae");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.eq("size", "1")).guids()))
                .hasMessageContaining("size").hasMessageContaining("\"1\"");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.eq("name", 1)).guids()))
                .hasMessageContaining("name");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.eq("kind", "SPARSE")).guids()))
                .hasMessageContaining("SPARSE");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.gt("online", false)).guids()))
                .hasMessageContaining("online");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.gt("tags", List.of())).guids()))
                .hasMessageContaining("tags");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.eq("size", 1).ignoreCase()).guids()))
                .hasMessageContaining("ignoreCase");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.eq("pool", north)).guids()))
                .hasMessageContaining("pool");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.eq("pool", 42)).guids()))
                .hasMessageContaining("qpool").hasMessageContaining("42 (Integer)");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.eq("pool", " ")).guids()))
                .hasMessageContaining("pool");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.eq("size", 20.5)).guids()))
                .hasMessageContaining("qvolume").hasMessageContaining("'size'").hasMessageContaining("long");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.in("size", List.of(10, 0.5))).guids()))
                .hasMessageContaining("0.5");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().where(Filter.contains("quotas", "iops")
                .ignoreCase()).where(Filter.eq("quotas", Map.of("iops", 1.5))).guids())).hasMessageContaining("quotas");
        assertThat(thrown(InvalidQueryException.class, () -> volumes().orderBy("tags").guids()))
                .hasMessageContaining("tags");
        assertThat(thrown(InvalidQueryException.class, () -> gold.getVolumes().where(Filter.eq("nope", 1))))
                .hasMessageContaining("nope");
    }
}
