package io.hybriddal.acceptance.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** The parent side of a one-to-one pair: its backref getter returns the single child or {@code null}. */
@Hybrid
public abstract class TestProxy extends DataObject {

    @Property
    public abstract String getName();
    public abstract void setName(String name);

    @Backref("service")
    public abstract TestService getService();
}
