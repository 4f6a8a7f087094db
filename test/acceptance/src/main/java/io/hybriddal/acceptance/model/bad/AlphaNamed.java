package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Wrong together with {@link BetaNamed}: both are named {@code samename}. */
@Hybrid(name = "samename")
public abstract class AlphaNamed extends DataObject {

    @Property
    public abstract String getName();
    public abstract void setName(String name);
}
