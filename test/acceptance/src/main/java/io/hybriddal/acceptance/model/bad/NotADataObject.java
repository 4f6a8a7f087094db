package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Wrong: carries {@code @Hybrid} but does not extend {@code DataObject} (registered through an unchecked cast). */
@Hybrid
public abstract class NotADataObject {

    @Property
    public abstract String getName();
    public abstract void setName(String name);
}
