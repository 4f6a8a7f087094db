package io.hybriddal.integration.evolve;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Release 1 of a model: the volume's name is not unique, its pool name is stored as {@code poolId}. */
@Hybrid(name = "evolume")
public abstract class VolumeV1 extends DataObject {
    @Property
    public abstract String getName();

    public abstract void setName(String name);

    @Property
    public abstract long getSize();

    public abstract void setSize(long size);

    @Property(mandatory = false)
    public abstract String getPoolId();

    public abstract void setPoolId(String poolId);
}
