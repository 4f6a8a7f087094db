package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;

/** Wrong: dynamic {@code load} is abstract (there is nothing to compute it with). */
@Hybrid
public abstract class AbstractDynamic extends DataObject {

    @Dynamic(ttl = 5)
    public abstract long getLoad();
}
