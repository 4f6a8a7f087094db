package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;

/** A pool of the query test model, with an indexed name and an optional site. */
@Hybrid(name = "qpool")
public abstract class QPool extends DataObject {
    @Property(indexed = true)
    public abstract String getName();
    public abstract void setName(String name);

    @Relation(backref = "pools", mandatory = false)
    public abstract QSite getSite();
    public abstract void setSite(QSite site);

    @Backref("disks")
    public abstract DataList<QDisk> getDisks();
}
