package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.Order;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryEvaluationTest extends QueryTestBase {

    private QDisk a;
    private QDisk b;
    private QDisk c;
    private QPool p1;
    private QPool p2;

    @BeforeEach
    void model() {
        QSite s1 = site("s1");
        p1 = pool("p1", s1);
        p2 = pool("p2", null);
        a = make("Alpha", 10, 0.5, QKind.SSD, List.of("Fast", "db"), Set.of(80L), Map.of("Zone", "1"), p1);
        b = make("beta", 20, 2.5, QKind.HDD, List.of("slow"), null, null, p2);
        c = make("gamma", 30, 1.0, QKind.NVME, null, Set.of(443L, 80L), Map.of(), null);
        b.setCreated(Instant.parse("2030-01-01T00:00:00Z"));
        b.setLabel("x");
        b.save();
    }

    private QDisk make(String name, long size, double ratio, QKind kind, List<String> tags, Set<Long> ports,
                       Map<String, String> meta, QPool pool) {
        QDisk d = dal.create(QDisk.class);
        d.setName(name);
        d.setSize(size);
        d.setRatio(ratio);
        d.setKind(kind);
        d.setTags(tags);
        d.setPorts(ports);
        d.setMeta(meta);
        d.setPool(pool);
        d.save();
        return d;
    }

    private List<String> names(Filter filter) {
        return dal.query(QDisk.class).where(filter).orderBy("name").list().stream().map(QDisk::getName).toList();
    }

    @Test
    void comparisonsOnNumbersMatchByValueWhateverTheBoxedType() {
        assertThat(names(Filter.eq("size", 10))).containsExactly("Alpha");
        assertThat(names(Filter.eq("size", 10.0))).containsExactly("Alpha");
        assertThat(names(Filter.gt("size", 10.5))).containsExactly("beta", "gamma");
        assertThat(names(Filter.ge("size", 20))).containsExactly("beta", "gamma");
        assertThat(names(Filter.lt("size", 20L))).containsExactly("Alpha");
        assertThat(names(Filter.le("size", 20))).containsExactly("Alpha", "beta");
        assertThat(names(Filter.eq("ratio", 1))).containsExactly("gamma");
        assertThat(names(Filter.in("size", List.of(10, 30.0)))).containsExactly("Alpha", "gamma");
        assertThat(names(Filter.in("ratio", List.of(1L, 2.5)))).containsExactly("beta", "gamma");
    }

    @Test
    void comparisonsOnStringsEnumsInstantsAndBooleans() {
        assertThat(names(Filter.eq("name", "alpha"))).isEmpty();
        assertThat(names(Filter.eq("name", "alpha").ignoreCase())).containsExactly("Alpha");
        assertThat(names(Filter.ne("name", "ALPHA").ignoreCase())).containsExactly("beta", "gamma");
        assertThat(names(Filter.in("name", List.of("ALPHA", "Beta")).ignoreCase())).containsExactly("Alpha", "beta");
        assertThat(names(Filter.contains("name", "ph"))).containsExactly("Alpha");
        assertThat(names(Filter.contains("name", "A").ignoreCase())).containsExactly("Alpha", "beta", "gamma");
        assertThat(names(Filter.startsWith("name", "a").ignoreCase())).containsExactly("Alpha");
        assertThat(names(Filter.startsWith("name", "a"))).isEmpty();
        assertThat(names(Filter.gt("name", "beta"))).containsExactly("gamma");
        assertThat(names(Filter.eq("kind", "SSD"))).containsExactly("Alpha");
        assertThat(names(Filter.gt("kind", QKind.SSD))).containsExactly("beta", "gamma");
        assertThat(names(Filter.lt("created", Instant.parse("2031-01-01T00:00:00Z")))).containsExactly("beta");
        assertThat(names(Filter.eq("healthy", false))).containsExactly("Alpha", "beta", "gamma");
    }

    @Test
    void containsTestsElementsOfListsAndSetsAndKeysOfMaps() {
        assertThat(names(Filter.contains("tags", "db"))).containsExactly("Alpha");
        assertThat(names(Filter.contains("tags", "fast"))).isEmpty();
        assertThat(names(Filter.contains("tags", "fast").ignoreCase())).containsExactly("Alpha");
        assertThat(names(Filter.contains("ports", 80))).containsExactly("Alpha", "gamma");
        assertThat(names(Filter.contains("meta", "Zone"))).containsExactly("Alpha");
        assertThat(names(Filter.contains("meta", "zone").ignoreCase())).containsExactly("Alpha");
        assertThat(names(Filter.eq("tags", List.of("slow")))).containsExactly("beta");
        assertThat(names(Filter.eq("ports", Set.of(80, 443)))).containsExactly("gamma");
    }

    @Test
    void nullsMatchEqNullAndNeverOrderedComparisons() {
        assertThat(names(Filter.eq("label", null))).containsExactly("Alpha", "gamma");
        assertThat(names(Filter.ne("label", null))).containsExactly("beta");
        assertThat(names(Filter.ne("label", "y"))).containsExactly("Alpha", "beta", "gamma");
        assertThat(names(Filter.lt("label", "zzz"))).containsExactly("beta");
        assertThat(names(Filter.in("label", Arrays.asList("x", null)))).containsExactly("Alpha", "beta", "gamma");
        assertThat(names(Filter.contains("tags", "db"))).doesNotContain("gamma");
    }

    @Test
    void pathsCrossRelations_andANullRelationOnTheWayMakesEveryComparisonFalse() {
        assertThat(names(Filter.eq("pool.name", "p1"))).containsExactly("Alpha");
        assertThat(names(Filter.eq("pool.site.name", "s1"))).containsExactly("Alpha");
        assertThat(names(Filter.ne("pool.site.name", "s1"))).isEmpty();
        assertThat(names(Filter.eq("pool.site.name", null))).isEmpty();
        assertThat(names(Filter.not(Filter.eq("pool.site.name", "s1")))).containsExactly("beta", "gamma");
        assertThat(names(Filter.eq("pool", p2))).containsExactly("beta");
        assertThat(names(Filter.eq("pool", p2.getGuid()))).containsExactly("beta");
        assertThat(names(Filter.eq("pool.guid", p2.getGuid()))).containsExactly("beta");
        assertThat(names(Filter.eq("pool", null))).containsExactly("gamma");
        assertThat(names(Filter.in("pool", List.of(p1, p2)))).containsExactly("Alpha", "beta");
    }

    @Test
    void guidsAndDynamicsCanBeQueried() {
        assertThat(names(Filter.eq("guid", b.getGuid()))).containsExactly("beta");
        assertThat(names(Filter.in("guid", List.of(a.getGuid(), c.getGuid(), "nope")))).containsExactly("Alpha", "gamma");
        assertThat(names(Filter.gt("doubled", 30))).containsExactly("beta", "gamma");
    }

    @Test
    void indexedAndPlainFiltersMixedInOrGroupsAreExact() {
        a.setVolumeId("va");
        a.save();
        b.setVolumeId("vb");
        b.save();
        assertThat(names(Filter.or(Filter.and(Filter.eq("volumeId", "va"), Filter.eq("label", "x")), Filter.eq("volumeId", "vb"))))
                .containsExactly("beta");
        assertThat(names(Filter.or(Filter.eq("volumeId", "va"), Filter.contains("volumeId", "b")))).containsExactly("Alpha", "beta");
        assertThat(names(Filter.or(Filter.eq("volumeId", "va"), Filter.eq("size", 30)))).containsExactly("Alpha", "gamma");
        assertThat(names(Filter.and(Filter.eq("volumeId", "va"), Filter.gt("size", 10)))).isEmpty();
    }

    @Test
    void orderingIsMultiKeyStableWithNullsFirstAscendingAndLastDescending() {
        List<String> byLabelThenSize = dal.query(QDisk.class).orderBy("label").orderBy("size", Order.DESC).list()
                .stream().map(QDisk::getName).toList();
        assertThat(byLabelThenSize).containsExactly("gamma", "Alpha", "beta");
        assertThat(dal.query(QDisk.class).orderBy("label", Order.DESC).orderBy("name").list().stream().map(QDisk::getName))
                .containsExactly("beta", "Alpha", "gamma");
        assertThat(dal.query(QDisk.class).orderBy("pool.name", Order.DESC).list().stream().map(QDisk::getName))
                .containsExactly("beta", "Alpha", "gamma");
        assertThat(dal.query(QDisk.class).orderBy("doubled", Order.DESC).list().stream().map(QDisk::getName))
                .containsExactly("gamma", "beta", "Alpha");
    }

    @Test
    void withoutOrderTheResultIsInAscendingGuidOrder_andSlicedAfterOrdering() {
        List<String> sorted = Stream.of(a, b, c).map(DataObject::getGuid).sorted().toList();
        assertThat(dal.query(QDisk.class).guids()).containsExactlyElementsOf(sorted);
        assertThat(dal.query(QDisk.class).where(Filter.in("guid", List.of(c.getGuid(), a.getGuid(), b.getGuid()))).guids())
                .containsExactlyElementsOf(sorted);
        assertThat(dal.query(QDisk.class).orderBy("size").offset(1).limit(1).list().get(0).getName()).isEqualTo("beta");
        assertThat(dal.query(QDisk.class).orderBy("size").offset(1).count()).isEqualTo(2);
        assertThat(dal.query(QDisk.class).offset(5).count()).isZero();
        assertThat(dal.query(QDisk.class).limit(0).guids()).isEmpty();
        assertThat(dal.query(QDisk.class).orderBy("size", Order.DESC).first()).get().extracting(QDisk::getName).isEqualTo("gamma");
        assertThat(dal.query(QDisk.class).where(Filter.eq("name", "none")).first()).isEmpty();
    }

    @Test
    void whereOnABackrefFiltersWithinItKeepingItsOrder() {
        QDisk d = make("delta", 5, 0, QKind.SSD, null, null, null, p1);
        List<String> backref = p1.getDisks().guids();
        assertThat(p1.getDisks().where(Filter.eq("kind", "SSD")).guids()).containsExactlyElementsOf(backref);
        assertThat(p1.getDisks().where(Filter.gt("size", 6)).guids()).containsExactly(a.getGuid());
        var reversed = dal.list(QDisk.class, List.of(d.getGuid(), c.getGuid(), a.getGuid()));
        assertThat(reversed.where(Filter.lt("size", 20)).guids()).containsExactly(d.getGuid(), a.getGuid());
        assertThat(reversed.where(Filter.lt("size", 20)).where(Filter.gt("size", 5)).guids()).containsExactly(a.getGuid());
        assertThat(reversed.where(Filter.all()).fromCache()).isFalse();
    }
}
