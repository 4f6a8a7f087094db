package io.hybriddal.dal.evolve;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Release 2: {@code name} unique, {@code size} indexed, {@code oldName} renamed {@code label}, {@code tag} no longer indexed. */
@Hybrid(name = "edisk")
public abstract class DiskV2 extends DataObject {
    @Property(unique = true)
    public abstract String getName();

    public abstract void setName(String name);

    @Property(indexed = true)
    public abstract long getSize();

    public abstract void setSize(long size);

    @Property(mandatory = false, formerly = "oldName")
    public abstract String getLabel();

    public abstract void setLabel(String label);

    @Property(mandatory = false)
    public abstract String getTag();

    public abstract void setTag(String tag);
}
