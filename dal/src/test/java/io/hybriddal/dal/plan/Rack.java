package io.hybriddal.dal.plan;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** A plan test hybrid with a natural key: the target of servers. */
@Hybrid
public abstract class Rack extends DataObject {
    @Property(unique = true)
    public abstract String getName();

    public abstract void setName(String name);

    @Property(mandatory = false)
    public abstract String getRoom();

    public abstract void setRoom(String room);
}
