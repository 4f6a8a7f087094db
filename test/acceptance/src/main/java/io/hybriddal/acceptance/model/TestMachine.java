package io.hybriddal.acceptance.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** A parent of {@link TestDisk}s; extended by {@link TestEMachine} in the extension tests. */
@Hybrid
public abstract class TestMachine extends DataObject {

    /** A plain instance field: allowed in a hybrid, never persisted. */
    private int helperCalls;

    @Property
    public abstract String getName();
    public abstract void setName(String name);

    @Backref("disks")
    public abstract DataList<TestDisk> getDisks();

    @Dynamic(ttl = 5)
    public String getSummary() {
        DynamicProbe.computed(getGuid(), "summary");
        return "machine " + getName();
    }

    /** A concrete helper using a plain field. */
    public int countHelperCall() {
        return ++helperCalls;
    }
}
