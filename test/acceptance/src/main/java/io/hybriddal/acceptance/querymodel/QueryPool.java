package io.hybriddal.acceptance.querymodel;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;

/** A pool of volumes, in an optional region. */
@Hybrid(name = "qpool")
public abstract class QueryPool extends DataObject {
    @Property(indexed = true)
    public abstract String getName();
    public abstract void setName(String name);

    @Relation(backref = "pools", mandatory = false)
    public abstract QueryRegion getRegion();
    public abstract void setRegion(QueryRegion region);

    @Backref("volumes")
    public abstract DataList<QueryVolume> getVolumes();
}
