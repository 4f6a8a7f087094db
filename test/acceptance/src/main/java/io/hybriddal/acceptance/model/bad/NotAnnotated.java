package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Property;

/** Wrong: extends {@link DataObject} but carries no {@code @Hybrid}. */
public abstract class NotAnnotated extends DataObject {

    @Property
    public abstract String getName();
    public abstract void setName(String name);
}
