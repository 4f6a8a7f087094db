package io.hybriddal.dal.traversal;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;

/** A disk on a host; hosts have no getter for their disks. */
@Hybrid
public abstract class TDisk extends DataObject {
    @Property(unique = true)
    public abstract String getName();

    public abstract void setName(String name);

    @Relation(backref = "disks", mandatory = false)
    public abstract THost getHost();

    public abstract void setHost(THost host);
}
