package io.hybriddal.dal.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** A hybrid without relations: a model of its own next to Pool and Volume. */
@Hybrid
public abstract class Tag extends DataObject {
    @Property
    public abstract String getName();

    public abstract void setName(String name);
}
