package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import io.hybriddal.hybrids.system.DriverStatus;
import io.hybriddal.hybrids.system.StorageSystem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A storage driver: the volume driver serving one vPool on one storage router. */
@Hybrid(doc = "A storage driver: the volume driver process serving one vPool on one storage router.")
public abstract class StorageDriver extends DataObject {

    /** The TCP ports a storage driver listens on. */
    public record Ports(int management, int xmlrpc, int dtl, int edge) {
    }

    @Property(unique = true, doc = "Cluster-wide id of the driver: vPool name followed by the router's id.")
    @NotBlank
    public abstract String getStoragedriverId();
    public abstract void setStoragedriverId(String id);

    @Property(doc = "Display name (usually the router's host name).")
    @NotBlank
    public abstract String getName();
    public abstract void setName(String name);

    @Property(doc = "IPv4 address the driver's storage traffic uses.")
    @Pattern(regexp = Patterns.IPV4)
    public abstract String getStorageIp();
    public abstract void setStorageIp(String ip);

    @Property(doc = "Where the vPool's file system is mounted on the router.")
    @Pattern(regexp = Patterns.ABSOLUTE_PATH)
    public abstract String getMountpoint();
    public abstract void setMountpoint(String mountpoint);

    @Property(doc = "The ports the driver listens on.")
    public abstract Ports getPorts();
    public abstract void setPorts(Ports ports);

    @Property(mandatory = false, doc = "Cluster node id of the driver in the volume driver's own configuration.")
    public abstract String getClusterNodeId();
    public abstract void setClusterNodeId(String id);

    @Relation(backref = "storagedrivers", doc = "The router running this driver.")
    public abstract StorageRouter getStoragerouter();
    public abstract void setStoragerouter(StorageRouter router);

    @Relation(backref = "storagedrivers", doc = "The vPool this driver serves.")
    public abstract VPool getVpool();
    public abstract void setVpool(VPool vpool);

    @Backref(value = "partitions", doc = "The disk partitions this driver uses (junction rows with the role of each).")
    public abstract DataList<StorageDriverPartition> getPartitions();

    @Dynamic(ttl = 5, doc = "Whether the volume driver runs, since when, and how many volumes it serves.")
    public DriverStatus getStatus() {
        return StorageSystem.client().driverStatus(getStoragedriverId());
    }
}
