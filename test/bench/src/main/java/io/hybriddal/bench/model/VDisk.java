package io.hybriddal.bench.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import java.util.List;

/**
 * The benchmark's vDisk, the hybrid-dal twin of the peer's {@code VDiskEntity}: a unique name, two
 * indexed properties ({@code size}, {@code volumeId}), one relation ({@code vpool}) and a dynamic.
 * {@code volumeTag} always holds the same value as {@code volumeId} but is not indexed, so that
 * the same equality query can be run as an index lookup and as a scan.
 */
@Hybrid(name = "vdisk")
public abstract class VDisk extends DataObject {

    @Property(unique = true)
    public abstract String getName();

    public abstract void setName(String name);

    @Property(indexed = true, defaultValue = "0")
    public abstract long getSize();

    public abstract void setSize(long size);

    @Property(indexed = true)
    public abstract String getVolumeId();

    public abstract void setVolumeId(String volumeId);

    @Property
    public abstract String getVolumeTag();

    public abstract void setVolumeTag(String volumeTag);

    @Relation(backref = "vdisks")
    public abstract VPool getVpool();

    public abstract void setVpool(VPool pool);

    /** A cheap computed value, cached an hour in the volatile store (never expires during a run). */
    @Dynamic(ttl = 3600)
    public List<String> getSnapshots() {
        String name = getName();
        return List.of(name + "@daily", name + "@weekly", name + "@monthly");
    }
}
