package io.hybriddal.dal.traversal;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;

/** A host at a site, with a peer host (cycles) and disks (a backref without a getter). */
@Hybrid
public abstract class THost extends DataObject {
    @Property(unique = true)
    public abstract String getName();

    public abstract void setName(String name);

    @Relation(backref = "hosts", mandatory = false)
    public abstract TSite getSite();

    public abstract void setSite(TSite site);

    @Relation(backref = "peers", mandatory = false)
    public abstract THost getPeer();

    public abstract void setPeer(THost peer);
}
