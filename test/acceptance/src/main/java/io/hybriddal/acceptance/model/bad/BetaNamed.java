package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Wrong together with {@link AlphaNamed}: both are named {@code samename}. */
@Hybrid(name = "samename")
public abstract class BetaNamed extends DataObject {

    @Property
    public abstract String getCode();
    public abstract void setCode(String code);
}
