package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import io.hybriddal.hybrids.system.RouterHealth;
import io.hybriddal.hybrids.system.StorageSystem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/** A storage router: a node of the cluster that runs storage drivers and services. */
@Hybrid(doc = "A storage router: a cluster node running storage drivers (one per vPool) and framework services.")
public abstract class StorageRouter extends DataObject {

    /** Masters run the cluster's distributed databases; extras only serve volumes. */
    public enum NodeType { MASTER, EXTRA }

    @Property(unique = true, doc = "Host name of the router.")
    @NotBlank
    public abstract String getName();
    public abstract void setName(String name);

    @Property(unique = true, doc = "Management IPv4 address.")
    @Pattern(regexp = Patterns.IPV4)
    public abstract String getIp();
    public abstract void setIp(String ip);

    @Property(unique = true, doc = "The machine id (/etc/machine-id) identifying the node in configuration.")
    @Pattern(regexp = "^[0-9a-f]{32}$")
    public abstract String getMachineId();
    public abstract void setMachineId(String machineId);

    @Property(defaultValue = "EXTRA", indexed = true, doc = "Role of the node in the cluster.")
    public abstract NodeType getNodeType();
    public abstract void setNodeType(NodeType nodeType);

    @Property(mandatory = false, defaultValue = "false", doc = "Whether the node's network supports RDMA.")
    public abstract boolean isRdmaCapable();
    public abstract void setRdmaCapable(boolean rdmaCapable);

    @Property(mandatory = false, doc = "When the node last reported to the framework.")
    public abstract Instant getLastHeartbeat();
    public abstract void setLastHeartbeat(Instant at);

    @Relation(backref = "storagerouters", mandatory = false, doc = "The physical machine hosting this router, if known.")
    public abstract PMachine getPmachine();
    public abstract void setPmachine(PMachine pmachine);

    @Backref(value = "storagedrivers", doc = "The storage drivers on this router, one per vPool it serves.")
    public abstract DataList<StorageDriver> getStoragedrivers();

    @Backref(value = "disks", doc = "The physical disks of this router.")
    public abstract DataList<Disk> getDisks();

    @Backref(value = "services", doc = "The framework services running on this router.")
    public abstract DataList<Service> getServices();

    @Backref(value = "domains", doc = "The failure domains of this router (junction rows; one may be a recovery domain).")
    public abstract DataList<StorageRouterDomain> getDomains();

    @Dynamic(ttl = 10, doc = "Reachability, CPU load and free memory of the node.")
    public RouterHealth getHealth() {
        return StorageSystem.client().routerHealth(getMachineId());
    }
}
