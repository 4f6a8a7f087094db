package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;

/** Wrong: dynamic {@code refreshStats} returns nothing. */
@Hybrid
public abstract class VoidDynamic extends DataObject {

    @Dynamic(ttl = 5)
    public void refreshStats() {
        // nothing to return
    }
}
