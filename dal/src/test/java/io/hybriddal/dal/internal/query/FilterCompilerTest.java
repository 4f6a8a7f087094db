package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.Filter;
import io.hybriddal.dal.InvalidQueryException;
import io.hybriddal.dal.Order;
import io.hybriddal.dal.internal.model.HybridModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class FilterCompilerTest extends QueryTestBase {

    private final HybridModel disk = model(QDisk.class);

    private String error(Filter filter) {
        return Assertions.catchThrowableOfType(() -> FilterCompiler.compile(disk, filter),
                InvalidQueryException.class).getMessage();
    }

    @Test
    void anUnknownPath_isRejectedNamingHybridPathAndKnownFields() {
        assertThat(error(Filter.eq("nmae", "x"))).contains("qdisk").contains("'nmae'").contains("name").contains("volumeId");
        assertThat(error(Filter.eq("pool.nmae", "x"))).contains("qdisk").contains("pool.nmae").contains("qpool");
        assertThat(error(Filter.eq("pool..name", "x"))).contains("empty segment");
    }

    @Test
    void crossingAPropertyOrABackrefOrPastGuid_isRejected() {
        assertThat(error(Filter.eq("name.length", 1))).contains("not a relation");
        assertThat(error(Filter.eq("guid.x", "a"))).contains("has no fields");
        assertThatThrownBy(() -> FilterCompiler.compile(model(QPool.class), Filter.eq("disks.name", "x")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("backref").hasMessageContaining("qdisk");
    }

    @Test
    void aValueOfTheWrongType_isRejectedNamingValueAndOperator() {
        assertThat(error(Filter.eq("size", "1"))).contains("size").contains("\"1\" (String)").contains("EQ");
        assertThat(error(Filter.eq("name", 1))).contains("name").contains("1 (Integer)");
        assertThat(error(Filter.eq("healthy", "true"))).contains("healthy");
        assertThat(error(Filter.eq("created", "2030-01-01T00:00:00Z"))).contains("created");
        assertThat(error(Filter.eq("kind", "FLOPPY"))).contains("FLOPPY").contains("SSD");
        assertThat(error(Filter.eq("kind", 1))).contains("kind");
        assertThat(error(Filter.eq("pool", "x".getBytes()))).contains("pool");
        assertThat(error(Filter.in("size", List.of(1, "2")))).contains("\"2\"");
        assertThat(error(Filter.contains("tags", 3))).contains("tags");
        assertThat(error(Filter.contains("meta", 3))).contains("key");
    }

    @Test
    void anEqualityOperandTheNumericTypeCannotHold_isRejectedNamingTheType() {
        assertThat(error(Filter.eq("size", 10.5))).contains("qdisk").contains("'size'").contains("10.5 (Double)").contains("long");
        assertThat(error(Filter.ne("size", 10.5))).contains("NE");
        assertThat(error(Filter.in("size", List.of(10, 20.5)))).contains("20.5");
        assertThat(error(Filter.eq("priority", 1L << 40))).contains("int");
        assertThat(error(Filter.eq("ratio", (1L << 53) + 1))).contains("double");
        assertThat(error(Filter.contains("ports", 80.5))).contains("ports").contains("80.5");
        assertThat(error(Filter.eq("ports", Set.of(80, 0.5)))).contains("ports");
        assertThat(error(Filter.eq("doubled", 0.5))).contains("doubled");
    }

    @Test
    void wholeNumbersAndOrderingsWithFractions_remainValid() {
        FilterCompiler.compile(disk, Filter.eq("size", 1));
        FilterCompiler.compile(disk, Filter.eq("size", 1.0));
        FilterCompiler.compile(disk, Filter.eq("ratio", 1));
        FilterCompiler.compile(disk, Filter.eq("ratio", 1.5));
        FilterCompiler.compile(disk, Filter.gt("size", 10.5));
        FilterCompiler.compile(disk, Filter.lt("priority", 1L << 40));
    }

    @Test
    void aRelationTakesAnObjectOfItsTargetOrAGuid_notAnotherHybrid() {
        QSite site = site("s1");
        assertThat(error(Filter.eq("pool", site))).contains("qpool").contains("pool");
        assertThat(error(Filter.eq("pool", 42))).contains("qdisk").contains("'pool'").contains("qpool").contains("42 (Integer)");
        assertThat(error(Filter.in("pool", List.of("g", site)))).contains("qsite");
        assertThat(error(Filter.eq("pool", ""))).contains("never blank");
        FilterCompiler.compile(disk, Filter.eq("pool", pool("p", null)));
        FilterCompiler.compile(disk, Filter.eq("pool", "some-guid"));
    }

    @Test
    void operatorsThatDoNotFitTheType_areRejected() {
        assertThat(error(Filter.gt("healthy", true))).contains("GT");
        assertThat(error(Filter.gt("tags", List.of()))).contains("GT");
        assertThat(error(Filter.lt("pool", "g"))).contains("LT");
        assertThat(error(Filter.contains("size", 1))).contains("contains");
        assertThat(error(Filter.startsWith("size", "1"))).contains("startsWith");
        assertThat(error(Filter.contains("shape", new QShape(1, 2)))).contains("contains");
    }

    @Test
    void ignoreCase_isOnlyAcceptedOnStringComparisons() {
        FilterCompiler.compile(disk, Filter.eq("name", "A").ignoreCase());
        FilterCompiler.compile(disk, Filter.contains("tags", "A").ignoreCase());
        FilterCompiler.compile(disk, Filter.contains("meta", "A").ignoreCase());
        FilterCompiler.compile(disk, Filter.startsWith("pool.name", "A").ignoreCase());
        assertThat(error(Filter.eq("size", 1).ignoreCase())).contains("ignoreCase");
        assertThat(error(Filter.gt("name", "a").ignoreCase())).contains("ignoreCase");
        assertThat(error(Filter.contains("ports", 1).ignoreCase())).contains("ignoreCase");
        assertThat(error(Filter.eq("kind", "SSD").ignoreCase())).contains("ignoreCase");
        assertThat(error(Filter.and(Filter.eq("name", "a"), Filter.eq("size", 1)).ignoreCase())).contains("size");
    }

    @Test
    void orderingByACollectionOrARecord_isRejected() {
        assertThatThrownBy(() -> SortKey.compile(disk, "tags", Order.ASC)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("tags");
        assertThatThrownBy(() -> SortKey.compile(disk, "shape", Order.DESC)).isInstanceOf(InvalidQueryException.class);
        SortKey.compile(disk, "pool.site.name", Order.ASC);
        SortKey.compile(disk, "doubled", Order.DESC);
    }

    @Test
    void numbersOfEveryBoxedTypeCompileToTheSameCanonicalText() {
        String canonical = FilterCompiler.compile(disk, Filter.eq("size", 1L)).canonical();
        for (Object one : List.of(1, (short) 1, (byte) 1, 1.0, 1.0f, BigDecimal.ONE, new BigDecimal("1.00"))) {
            assertThat(FilterCompiler.compile(disk, Filter.eq("size", one)).canonical()).as("%s", one).isEqualTo(canonical);
        }
        assertThat(FilterCompiler.compile(disk, Filter.gt("size", 1.5)).canonical())
                .isNotEqualTo(FilterCompiler.compile(disk, Filter.gt("size", 1)).canonical());
    }

    @Test
    void enumConstantsAndTheirNames_areTheSameOperand() {
        assertThat(FilterCompiler.compile(disk, Filter.eq("kind", "SSD")).canonical())
                .isEqualTo(FilterCompiler.compile(disk, Filter.eq("kind", QKind.SSD)).canonical());
    }

    @Test
    void canonicalTextDistinguishesTypesCaseFoldingAndStructure() {
        List<Filter> distinct = List.of(
                Filter.eq("name", "1"), Filter.eq("name", "1").ignoreCase(), Filter.ne("name", "1"),
                Filter.eq("label", "1"), Filter.in("name", List.of("1")), Filter.eq("name", null),
                Filter.or(Filter.eq("name", "a"), Filter.eq("name", "b")),
                Filter.and(Filter.eq("name", "a"), Filter.eq("name", "b")),
                Filter.not(Filter.eq("name", "a")), Filter.eq("name", "a,b"),
                Filter.eq("created", Instant.EPOCH), Filter.eq("meta", Map.of("a", "1")), Filter.all());
        assertThat(distinct.stream().map(f -> FilterCompiler.compile(disk, f).canonical()).distinct()).hasSameSizeAs(distinct);
    }

    @Test
    void pathsAreResolvedThroughRelationsOfAnyDepth() {
        ResolvedPath path = PathResolver.resolve(disk, "pool.site.name");
        assertThat(path.hops()).extracting(r -> r.name()).containsExactly("pool", "site");
        assertThat(path.terminal()).isEqualTo(ResolvedPath.Terminal.PROPERTY);
        assertThat(path.leaf().name()).isEqualTo("qsite");
        assertThat(path.generations()).containsExactly("g/qdisk/pool", "g/qpool/site", "g/qsite/name");
        ResolvedPath poolGuid = PathResolver.resolve(disk, "pool.guid");
        assertThat(poolGuid.terminal()).isEqualTo(ResolvedPath.Terminal.RELATION);
        assertThat(poolGuid.hops()).isEmpty();
        assertThat(PathResolver.resolve(disk, "guid").generations()).isEmpty();
        assertThat(PathResolver.resolve(disk, "doubled").terminal()).isEqualTo(ResolvedPath.Terminal.DYNAMIC);
    }

    @Test
    void aPath_isResolvedOncePerHybrid_andARefusedOneIsRefusedEveryTime() {
        HybridModel pool = model(QPool.class);
        assertThat(PathResolver.resolve(disk, "pool.site.name")).isSameAs(PathResolver.resolve(disk, "pool.site.name"));
        assertThat(PathResolver.resolve(pool, "name")).isNotSameAs(PathResolver.resolve(disk, "name"));
        assertThat(PathResolver.resolve(pool, "name").root()).isSameAs(pool);
        for (int i = 0; i < 2; i++) {
            assertThat(error(Filter.eq("pool.nmae", "x"))).contains("pool.nmae");
        }
    }
}
