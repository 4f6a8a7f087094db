package io.hybriddal.dal.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

@Hybrid(doc = "A pool of volumes")
public abstract class Pool extends DataObject {
    @Property(unique = true, doc = "The pool name")
    public abstract String getName();

    public abstract void setName(String name);

    @Backref("volumes")
    public abstract DataList<Volume> getVolumes();
}
