package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.Filter;
import io.hybriddal.dal.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Filters nested deeper than Filter.MAX_DEPTH get a clear error, not a StackOverflowError. */
class FilterDepthTest extends QueryTestBase {

    /** {@code depth} levels: or(and(or(and(... eq(name, "a") ...)))). */
    private static Filter nested(int depth) {
        Filter filter = Filter.eq("name", "a");
        for (int level = 1; level < depth; level++) {
            filter = level % 2 == 0 ? Filter.or(filter) : Filter.and(filter);
        }
        return filter;
    }

    @Test
    void aFilterAtTheBound_runs() {
        disk("a", 1);
        assertThat(dal.query(QDisk.class).where(nested(Filter.MAX_DEPTH)).list()).hasSize(1);
    }

    @Test
    void aFilterOneLevelDeeper_isAnInvalidQueryNamingTheBound() {
        assertThatThrownBy(() -> dal.query(QDisk.class).where(nested(Filter.MAX_DEPTH + 1)).list())
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("qdisk").hasMessageContaining("100 levels");
    }

    @Test
    void aFilterAHundredThousandDeep_isAnInvalidQuery_notAStackOverflow() {
        assertThatThrownBy(() -> dal.query(QDisk.class).where(nested(100_000)).list())
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("nested more than");
    }

    @Test
    void aWideFilter_isNotDeep() {
        disk("a", 1);
        List<Filter> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(Filter.ne("name", "x" + i));
        }
        assertThat(dal.query(QDisk.class).where(Filter.and(many.toArray(Filter[]::new))).list()).hasSize(1);
    }
}
