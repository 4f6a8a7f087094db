package io.hybriddal.bench.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** The model release of {@code IndexBuildBench}: {@code size} became indexed on a populated store. */
@Hybrid(name = "bdisk")
public abstract class BuildDisk extends DataObject {
    @Property
    public abstract String getName();

    public abstract void setName(String name);

    @Property(indexed = true)
    public abstract long getSize();

    public abstract void setSize(long size);
}
