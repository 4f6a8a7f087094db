package io.hybriddal.acceptance.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** A parent with two backrefs: {@code disks} (optional relation) and {@code partitions} (mandatory relation). */
@Hybrid
public abstract class TestStorage extends DataObject {

    @Property
    public abstract String getName();
    public abstract void setName(String name);

    @Backref("disks")
    public abstract DataList<TestDisk> getDisks();

    @Backref("partitions")
    public abstract DataList<TestPartition> getPartitions();
}
