package io.hybriddal.hybrids;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Relation;

/** Junction: a vDisk whose data (DTL, MDS slaves) is kept in a failure domain. */
@Hybrid(doc = "Junction between VDisk and Domain: the domains a volume's redundant data is placed in.")
public abstract class VDiskDomain extends DataObject {

    @Relation(backref = "domains", doc = "The volume.")
    public abstract VDisk getVdisk();
    public abstract void setVdisk(VDisk vdisk);

    @Relation(backref = "vdisks", doc = "The domain.")
    public abstract Domain getDomain();
    public abstract void setDomain(Domain domain);
}
