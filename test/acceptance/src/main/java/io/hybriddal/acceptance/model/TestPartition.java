package io.hybriddal.acceptance.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;

/**
 * A hybrid with a mandatory relation. Its mandatory fields are declared in an order that is not
 * alphabetical: {@code mountpoint}, {@code label}, then the relation {@code storage}.
 */
@Hybrid
public abstract class TestPartition extends DataObject {

    @Property
    public abstract String getMountpoint();
    public abstract void setMountpoint(String mountpoint);

    @Property
    public abstract String getLabel();
    public abstract void setLabel(String label);

    @Relation(backref = "partitions")
    public abstract TestStorage getStorage();
    public abstract void setStorage(TestStorage storage);
}
