package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Wrong: property {@code payload} has type {@code Object}. */
@Hybrid
public abstract class ObjectProperty extends DataObject {

    @Property
    public abstract Object getPayload();
    public abstract void setPayload(Object payload);
}
