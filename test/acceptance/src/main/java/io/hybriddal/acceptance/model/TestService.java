package io.hybriddal.acceptance.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;

/** The child side of a one-to-one pair, after Open vStorage's {@code j_albaproxy}. */
@Hybrid
public abstract class TestService extends DataObject {

    @Property
    public abstract String getName();
    public abstract void setName(String name);

    @Relation(backref = "service", oneToOne = true, mandatory = false)
    public abstract TestProxy getProxy();
    public abstract void setProxy(TestProxy proxy);
}
