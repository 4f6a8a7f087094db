package io.hybriddal.bench.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/**
 * The benchmark's pool, the hybrid-dal twin of the peer's {@code VPoolEntity}: a unique name and
 * the reverse list of its vDisks (read from the reverse index on every call).
 */
@Hybrid(name = "vpool")
public abstract class VPool extends DataObject {

    @Property(unique = true)
    public abstract String getName();

    public abstract void setName(String name);

    @Backref("vdisks")
    public abstract DataList<VDisk> getVdisks();
}
