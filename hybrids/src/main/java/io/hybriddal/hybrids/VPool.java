package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import io.hybriddal.hybrids.system.StorageSystem;
import io.hybriddal.hybrids.system.VolumeStatistics;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/** A vPool: a storage pool exposed to hypervisors, served by one storage driver per router. */
@Hybrid(doc = "A vPool: a pool of volumes on one backend, exposed on every router that has a storage driver for it.")
public abstract class VPool extends DataObject {

    /** Lifecycle of a vPool. */
    public enum Status { INSTALLING, RUNNING, EXTENDING, SHRINKING, FAILURE, DELETING }

    @Property(unique = true, doc = "vPool name; also names its mountpoints and services.")
    @Pattern(regexp = Patterns.SLUG)
    public abstract String getName();
    public abstract void setName(String name);

    @Property(mandatory = false, doc = "Free-form operator description.")
    public abstract String getDescription();
    public abstract void setDescription(String description);

    @Property(defaultValue = "INSTALLING", indexed = true, doc = "Lifecycle status.")
    public abstract Status getStatus();
    public abstract void setStatus(Status status);

    @Property(defaultValue = "4096", doc = "Cluster size of its volumes, in bytes.")
    @Min(4096) @Max(65536)
    public abstract int getClusterSize();
    public abstract void setClusterSize(int bytes);

    @Property(mandatory = false, defaultValue = "{}", doc = "Volume driver configuration overrides, by key.")
    public abstract Map<String, String> getMetadata();
    public abstract void setMetadata(Map<String, String> metadata);

    @Relation(backref = "vpools", mandatory = false, doc = "The backend the vPool stores its data on.")
    public abstract Backend getBackend();
    public abstract void setBackend(Backend backend);

    @Backref(value = "vdisks", doc = "The volumes of this vPool.")
    public abstract DataList<VDisk> getVdisks();

    @Backref(value = "storagedrivers", doc = "The storage drivers serving this vPool, one per router.")
    public abstract DataList<StorageDriver> getStoragedrivers();

    @Backref(value = "mdsServices", doc = "The metadata servers of this vPool.")
    public abstract DataList<MDSService> getMdsServices();

    @Dynamic(ttl = 5, locked = true, doc = "I/O counters of all volumes of the vPool.")
    public VolumeStatistics getStatistics() {
        return StorageSystem.client().poolStatistics(getName());
    }
}
