package io.hybriddal.integration.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;

/** A server of the plan tests: a natural key, a number and a rack. */
@Hybrid
public abstract class Server extends DataObject {

    @Property(unique = true)
    public abstract String getName();
    public abstract void setName(String name);

    @Property(defaultValue = "0")
    public abstract long getDisks();
    public abstract void setDisks(long disks);

    @Relation(backref = "servers", mandatory = false)
    public abstract Rack getRack();
    public abstract void setRack(Rack rack);
}
