package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Filter;
import io.hybriddal.dal.Order;
import io.hybriddal.dal.internal.dynamic.SafeVolatile;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.KeySpaceStates;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryPlanTest extends QueryTestBase {

    private final HybridModel disk = model(QDisk.class);
    private final QueryCache queryCache = new QueryCache(new SafeVolatile(cache), store, "");

    private QueryPlan plan(List<Filter> filters, List<String> order, int offset, int limit) {
        return QueryPlan.of(disk, filters.stream().map(f -> FilterCompiler.compile(disk, f)).toList(),
                order.stream().map(p -> SortKey.compile(disk, p, Order.ASC)).toList(), offset, limit, KeySpaceStates.ALL_READY);
    }

    private QueryPlan plan(Filter filter) {
        return plan(List.of(filter), List.of(), 0, -1);
    }

    @Test
    void theGenerationsAreMembershipPlusEveryFieldOnEveryPath() {
        assertThat(plan(List.of(Filter.eq("pool.site.name", "s"), Filter.gt("size", 1)), List.of("pool.name"), 0, -1).generations())
                .containsExactly("g/qdisk/*", "g/qdisk/pool", "g/qdisk/size", "g/qpool/name", "g/qpool/site", "g/qsite/name");
        assertThat(plan(Filter.in("guid", List.of("a"))).generations()).containsExactly("g/qdisk/*");
        assertThat(plan(Filter.eq("pool.guid", "p")).generations()).containsExactly("g/qdisk/*", "g/qdisk/pool");
    }

    @Test
    void aQueryOnOnePath_takesTheGenerationsSortedOnceWithThePath_theSameAsTheGeneralCase() {
        List<String> onePath = plan(Filter.eq("pool.site.name", "s")).generations();

        assertThat(onePath).containsExactly("g/qdisk/*", "g/qdisk/pool", "g/qpool/site", "g/qsite/name");
        assertThat(plan(Filter.eq("pool.site.name", "t")).generations()).as("not built per query").isSameAs(onePath);
        assertThat(plan(List.of(Filter.eq("pool.site.name", "s")), List.of("pool.site.name"), 0, -1).generations())
                .as("with an order: the general case").isNotSameAs(onePath).isEqualTo(onePath);
    }

    @Test
    void theCacheKeyChangesWithTheQueryItsSliceAndEachGenerationRevision() {
        QueryPlan base = plan(List.of(Filter.eq("name", "a")), List.of("size"), 0, 10);
        long[] revisions = {5, 7};
        String key = queryCache.key(base.key(), revisions);
        assertThat(queryCache.key(plan(List.of(Filter.eq("name", "a")), List.of("size"), 0, 10).key(), revisions)).isEqualTo(key);
        assertThat(queryCache.key(plan(List.of(Filter.eq("name", "b")), List.of("size"), 0, 10).key(), revisions)).isNotEqualTo(key);
        assertThat(queryCache.key(plan(List.of(Filter.eq("name", "a")), List.of("ratio"), 0, 10).key(), revisions)).isNotEqualTo(key);
        assertThat(queryCache.key(plan(List.of(Filter.eq("name", "a")), List.of("size"), 1, 10).key(), revisions)).isNotEqualTo(key);
        assertThat(queryCache.key(plan(List.of(Filter.eq("name", "a")), List.of("size"), 0, 11).key(), revisions)).isNotEqualTo(key);
        assertThat(queryCache.key(base.key(), new long[] {5, 8})).isNotEqualTo(key);
        assertThat(queryCache.key(base.key(), new long[] {6, 7})).isNotEqualTo(key);
        assertThat(key).startsWith("q:").hasSize(2 + 64);
    }

    @Test
    void generationsAreReadInOneMultiGet_absentOnesAsZero_andMoveOnlyWithTheirFields() {
        QueryPlan byName = plan(Filter.eq("name", "a"));
        store.reset();
        assertThat(queryCache.generations(byName.key())).containsExactly(0, 0);
        assertThat(store.count("getAll")).isEqualTo(1);
        QDisk d = disk("a", 1);
        long[] afterCreate = queryCache.generations(byName.key());
        assertThat(afterCreate).doesNotContain(0L);
        d.setSize(2);
        d.save();
        assertThat(queryCache.generations(byName.key())).containsExactly(afterCreate);
        d.setName("b");
        d.save();
        assertThat(queryCache.generations(byName.key())[0]).isEqualTo(afterCreate[0]);
        assertThat(queryCache.generations(byName.key())[1]).isGreaterThan(afterCreate[1]);
    }

    @Test
    void queriesReadingDynamicsAreNeverCacheable() {
        assertThat(plan(Filter.gt("doubled", 1)).cacheable()).isFalse();
        assertThat(plan(List.of(Filter.all()), List.of("doubled"), 0, -1).cacheable()).isFalse();
        assertThat(plan(Filter.gt("size", 1)).cacheable()).isTrue();
    }
}
