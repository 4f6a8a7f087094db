package io.hybriddal.integration.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** A rack of the plan tests: the target of servers, matched by its natural key (name). */
@Hybrid
public abstract class Rack extends DataObject {

    @Property(unique = true)
    public abstract String getName();
    public abstract void setName(String name);
}
