package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.read.Kept;
import io.hybriddal.dal.internal.read.LazyDataList;
import java.util.List;
import java.util.function.Supplier;

/** The guids of a query result, computed (or read from the cache) once, on first use. */
final class ResultSource implements LazyDataList.GuidSource {

    private final Supplier<QueryService.Result> run;
    private QueryService.Result result;

    ResultSource(Supplier<QueryService.Result> run) {
        this.run = run;
    }

    private QueryService.Result result() {
        if (result == null) {
            result = run.get();
        }
        return result;
    }

    @Override
    public List<String> guids() {
        return result().guids();
    }

    @Override
    public boolean fromCache() {
        return result().fromCache();
    }

    @Override
    public Kept kept() {
        return result().kept();
    }
}
