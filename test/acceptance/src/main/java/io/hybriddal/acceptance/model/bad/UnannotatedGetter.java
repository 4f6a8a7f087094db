package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Wrong: the abstract getter {@code getColour} carries no annotation. */
@Hybrid
public abstract class UnannotatedGetter extends DataObject {

    @Property
    public abstract String getName();
    public abstract void setName(String name);

    public abstract String getColour();
    public abstract void setColour(String colour);
}
