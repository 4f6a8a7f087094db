package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Filter;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.KeySpaceStates;
import io.hybriddal.dal.internal.model.PropertyModel;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatePlannerTest extends QueryTestBase {

    private final HybridModel disk = model(QDisk.class);

    private CandidatePlan plan(Filter filter) {
        return CandidatePlanner.plan(disk, FilterCompiler.compile(disk, filter).node(), KeySpaceStates.ALL_READY);
    }

    @Test
    void eqAndInOnIndexedPropertiesAndGuid_areServed() {
        assertThat(plan(Filter.eq("volumeId", "v1"))).isInstanceOf(CandidatePlan.Index.class);
        assertThat(plan(Filter.eq("volumeId", null))).isEqualTo(new CandidatePlan.Index(disk,
                (PropertyModel) disk.field("volumeId"), Collections.singletonList(null)));
        assertThat(plan(Filter.in("guid", List.of("a", "b")))).isEqualTo(new CandidatePlan.Guids(List.of("a", "b")));
        assertThat(plan(Filter.eq("name", "n"))).isInstanceOf(CandidatePlan.Unique.class);
        assertThat(plan(Filter.eq("pool", "p"))).isInstanceOf(CandidatePlan.Reverse.class);
    }

    @Test
    void numbersAreLookedUpAsTheStoredType() {
        CandidatePlan.Index index = (CandidatePlan.Index) plan(Filter.in("priority", List.of(1L, 2.0)));
        assertThat(index.values()).containsExactly(1, 2);
    }

    @Test
    void whatAnIndexCannotAnswer_isNotServed() {
        assertThat(plan(Filter.eq("volumeId", "v").ignoreCase())).isNull();
        assertThat(plan(Filter.ne("volumeId", "v"))).isNull();
        assertThat(plan(Filter.startsWith("volumeId", "v"))).isNull();
        assertThat(plan(Filter.eq("label", "x"))).isNull();
        assertThat(plan(Filter.eq("name", null))).isNull();
        assertThat(plan(Filter.eq("pool", null))).isNull();
        assertThat(plan(Filter.eq("pool.name", "p"))).isNull();
        assertThat(plan(Filter.not(Filter.eq("volumeId", "v")))).isNull();
        assertThat(plan(Filter.all())).isNull();
        assertThat(plan(Filter.eq("doubled", 2))).isNull();
    }

    @Test
    void andIntersectsServedParts_orNeedsEveryBranchServed() {
        assertThat(plan(Filter.and(Filter.eq("volumeId", "v"), Filter.eq("label", "x")))).isInstanceOf(CandidatePlan.Index.class);
        assertThat(plan(Filter.and(Filter.eq("volumeId", "v"), Filter.eq("guid", "g")))).isInstanceOf(CandidatePlan.Intersect.class);
        assertThat(plan(Filter.or(Filter.eq("volumeId", "v"), Filter.eq("guid", "g")))).isInstanceOf(CandidatePlan.Union.class);
        assertThat(plan(Filter.or(Filter.eq("volumeId", "v"), Filter.eq("label", "x")))).isNull();
        assertThat(plan(Filter.or(Filter.and(Filter.eq("volumeId", "a"), Filter.eq("label", "x")), Filter.eq("volumeId", "b"))))
                .isInstanceOf(CandidatePlan.Union.class);
        assertThat(plan(Filter.or())).isEqualTo(new CandidatePlan.Union(List.of()));
    }
}
