package io.hybriddal.dal.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

@Hybrid(doc = "A pool of volumes")
public abstract class Pool extends DataObject {
    @Property(unique = true, doc = "The pool name")
    public abstract String getName();

    public abstract void setName(String name);

    /** A boolean dynamic with an {@code isX} getter: named {@code healthy}, as a boolean property would be. */
    @Dynamic(ttl = 5)
    public boolean isHealthy() {
        return !getName().isEmpty();
    }

    @Backref("volumes")
    public abstract DataList<Volume> getVolumes();
}
