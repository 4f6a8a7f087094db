package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import io.hybriddal.hybrids.system.Capacity;
import io.hybriddal.hybrids.system.StorageSystem;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;

/** A partition of a disk, with the roles the framework gave it. */
@Hybrid(doc = "A partition of a disk and the roles it serves (DB, WRITE, SCRUB, BACKEND).")
public abstract class DiskPartition extends DataObject {

    /** Health of the partition as the last disk scan saw it. */
    public enum State { OK, FAILURE, MISSING }

    @Property(doc = "Byte offset of the partition on its disk.")
    @Min(0)
    public abstract long getOffset();
    public abstract void setOffset(long offset);

    @Property(doc = "Size in bytes.")
    @Min(0)
    public abstract long getSize();
    public abstract void setSize(long size);

    @Property(mandatory = false, doc = "Where the partition is mounted, if it is.")
    @Pattern(regexp = Patterns.ABSOLUTE_PATH)
    public abstract String getMountpoint();
    public abstract void setMountpoint(String mountpoint);

    @Property(mandatory = false, doc = "File system type, e.g. 'ext4'.")
    public abstract String getFilesystem();
    public abstract void setFilesystem(String filesystem);

    @Property(defaultValue = "[]", doc = "Stable paths of the partition (/dev/disk/by-id/...-part1).")
    public abstract List<String> getAliases();
    public abstract void setAliases(List<String> aliases);

    @Property(defaultValue = "[]", doc = "The roles assigned to the partition.")
    public abstract Set<DiskRole> getRoles();
    public abstract void setRoles(Set<DiskRole> roles);

    @Property(defaultValue = "OK", indexed = true, doc = "Health as the last disk scan saw it.")
    public abstract State getState();
    public abstract void setState(State state);

    @Relation(backref = "partitions", doc = "The disk holding the partition.")
    public abstract Disk getDisk();
    public abstract void setDisk(Disk disk);

    @Backref(value = "storagedrivers", doc = "The storage drivers using the partition (junction rows with the role).")
    public abstract DataList<StorageDriverPartition> getStoragedrivers();

    @Dynamic(ttl = 30, doc = "Capacity and use of the mounted file system; null when not mounted.")
    public Capacity getUsage() {
        String mountpoint = getMountpoint();
        if (mountpoint == null) {
            return null;
        }
        return StorageSystem.client().partitionUsage(getDisk().getStoragerouter().getMachineId(), mountpoint);
    }
}
