package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** A physical disk of a storage router. */
@Hybrid(doc = "A physical disk of a storage router, found by the disk scan.")
public abstract class Disk extends DataObject {

    /** Health of the disk as the scan saw it. */
    public enum State { OK, FAILURE, MISSING }

    @Property(doc = "Kernel name, e.g. 'sdb' (may change across reboots; see aliases).")
    @NotBlank
    public abstract String getName();
    public abstract void setName(String name);

    @Property(mandatory = false, unique = true, doc = "Serial number reported by the disk.")
    public abstract String getSerial();
    public abstract void setSerial(String serial);

    @Property(defaultValue = "[]", doc = "Stable paths of the disk (/dev/disk/by-id/...).")
    public abstract List<String> getAliases();
    public abstract void setAliases(List<String> aliases);

    @Property(doc = "Capacity in bytes.")
    @Min(0)
    public abstract long getSize();
    public abstract void setSize(long size);

    @Property(defaultValue = "OK", indexed = true, doc = "Health as the last disk scan saw it.")
    public abstract State getState();
    public abstract void setState(State state);

    @Property(defaultValue = "false", doc = "Whether the disk is solid state (SSD or NVMe).")
    public abstract boolean isSsd();
    public abstract void setSsd(boolean ssd);

    @Property(mandatory = false, doc = "Vendor and model string.")
    public abstract String getModel();
    public abstract void setModel(String model);

    @Relation(backref = "disks", doc = "The router the disk is in.")
    public abstract StorageRouter getStoragerouter();
    public abstract void setStoragerouter(StorageRouter router);

    @Backref(value = "partitions", doc = "The partitions of the disk.")
    public abstract DataList<DiskPartition> getPartitions();
}
