package io.hybriddal.jpmstest.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** A hybrid declared in an application module. */
@Hybrid
public abstract class Disk extends DataObject {

    @Property(unique = true)
    public abstract String getName();

    public abstract void setName(String name);

    @Property(defaultValue = "0")
    public abstract long getSize();

    public abstract void setSize(long size);

    @Dynamic(ttl = 60)
    public String getLabel() {
        return getName() + ":" + getSize();
    }
}
