package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import java.util.Date;

/** Wrong: property {@code born} has type {@code java.util.Date}, which is not an allowed property type. */
@Hybrid
public abstract class DateProperty extends DataObject {

    @Property
    public abstract Date getBorn();
    public abstract void setBorn(Date born);
}
