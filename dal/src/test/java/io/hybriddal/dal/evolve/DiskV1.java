package io.hybriddal.dal.evolve;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Release 1 of the model: nothing unique, {@code tag} indexed, the label stored as {@code oldName}. */
@Hybrid(name = "edisk")
public abstract class DiskV1 extends DataObject {
    @Property
    public abstract String getName();

    public abstract void setName(String name);

    @Property
    public abstract long getSize();

    public abstract void setSize(long size);

    @Property(mandatory = false)
    public abstract String getOldName();

    public abstract void setOldName(String oldName);

    @Property(mandatory = false, indexed = true)
    public abstract String getTag();

    public abstract void setTag(String tag);
}
