package io.hybriddal.acceptance.querymodel;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** The far end of the query model: volume → pool → region. */
@Hybrid(name = "qregion")
public abstract class QueryRegion extends DataObject {
    @Property
    public abstract String getName();
    public abstract void setName(String name);
}
