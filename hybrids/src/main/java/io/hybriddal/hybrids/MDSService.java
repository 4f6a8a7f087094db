package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import jakarta.validation.constraints.Min;

/** The metadata-server role of a service for one vPool: a one-to-one extension of a {@link Service}. */
@Hybrid(doc = "A metadata server of a vPool: extends one Service (one-to-one) with the MDS details.")
public abstract class MDSService extends DataObject {

    @Property(doc = "Index of this MDS among the router's metadata servers for the vPool.")
    @Min(0)
    public abstract int getNumber();
    public abstract void setNumber(int number);

    @Property(defaultValue = "100", doc = "How many volumes this MDS may master (-1: unlimited).")
    @Min(-1)
    public abstract int getCapacity();
    public abstract void setCapacity(int capacity);

    @Relation(backref = "mdsService", oneToOne = true, doc = "The service process of this metadata server.")
    public abstract Service getService();
    public abstract void setService(Service service);

    @Relation(backref = "mdsServices", doc = "The vPool whose volumes this MDS serves.")
    public abstract VPool getVpool();
    public abstract void setVpool(VPool vpool);

    @Backref(value = "storagedriverPartitions", doc = "The partitions holding this MDS's database (junction rows).")
    public abstract DataList<StorageDriverPartition> getStoragedriverPartitions();
}
