package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** A valid hybrid that the test Dals never register. */
@Hybrid
public abstract class OrphanTarget extends DataObject {

    @Property
    public abstract String getName();
    public abstract void setName(String name);
}
