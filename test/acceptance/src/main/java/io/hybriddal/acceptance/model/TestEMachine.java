package io.hybriddal.acceptance.model;

import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** An extension of {@link TestMachine}, as a plugin would declare it: when registered, it replaces its base. */
@Hybrid
public abstract class TestEMachine extends TestMachine {

    @Property(mandatory = false)
    public abstract String getRack();
    public abstract void setRack(String rack);
}
