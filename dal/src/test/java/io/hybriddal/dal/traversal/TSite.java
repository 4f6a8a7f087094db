package io.hybriddal.dal.traversal;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** A site holding hosts (a declared backref). */
@Hybrid
public abstract class TSite extends DataObject {
    @Property(unique = true)
    public abstract String getName();

    public abstract void setName(String name);

    @Backref("hosts")
    public abstract DataList<THost> getHosts();
}
