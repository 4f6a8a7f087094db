package io.hybriddal.integration.evolve;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Release 2: {@code name} unique, {@code size} indexed, {@code poolId} renamed {@code pool}. */
@Hybrid(name = "evolume")
public abstract class VolumeV2 extends DataObject {
    @Property(unique = true)
    public abstract String getName();

    public abstract void setName(String name);

    @Property(indexed = true)
    public abstract long getSize();

    public abstract void setSize(long size);

    @Property(mandatory = false, formerly = "poolId")
    public abstract String getPool();

    public abstract void setPool(String pool);
}
