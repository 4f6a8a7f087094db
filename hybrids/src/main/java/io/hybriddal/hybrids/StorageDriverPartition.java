package io.hybriddal.hybrids;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import jakarta.validation.constraints.Min;

/** Junction: a storage driver using a disk partition for one role, optionally for one MDS. */
@Hybrid(doc = "Junction between StorageDriver and DiskPartition: which partition a driver uses for which role.")
public abstract class StorageDriverPartition extends DataObject {

    /** The finer use within a role. */
    public enum SubRole { SCO, FCACHE, FD, DTL, MDS, TLOG }

    @Property(doc = "Sequence number among the driver's partitions of one role and sub-role.")
    @Min(0)
    public abstract int getNumber();
    public abstract void setNumber(int number);

    @Property(indexed = true, doc = "The role the driver uses the partition for.")
    public abstract DiskRole getRole();
    public abstract void setRole(DiskRole role);

    @Property(mandatory = false, doc = "The finer use within the role, if any.")
    public abstract SubRole getSubRole();
    public abstract void setSubRole(SubRole subRole);

    @Property(mandatory = false, doc = "Bytes reserved on the partition for this use; null: as much as needed.")
    @Min(0)
    public abstract Long getSize();
    public abstract void setSize(Long size);

    @Relation(backref = "partitions", doc = "The storage driver.")
    public abstract StorageDriver getStoragedriver();
    public abstract void setStoragedriver(StorageDriver driver);

    @Relation(backref = "storagedrivers", doc = "The partition.")
    public abstract DiskPartition getPartition();
    public abstract void setPartition(DiskPartition partition);

    @Relation(backref = "storagedriverPartitions", mandatory = false, doc = "The MDS whose database lives here (sub-role MDS).")
    public abstract MDSService getMdsService();
    public abstract void setMdsService(MDSService mds);
}
