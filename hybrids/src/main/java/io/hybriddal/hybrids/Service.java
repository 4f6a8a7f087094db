package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import io.hybriddal.hybrids.system.ServiceState;
import io.hybriddal.hybrids.system.StorageSystem;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** A framework service process on a storage router (or an external one, without router). */
@Hybrid(doc = "A framework service: a process of some service type, on a storage router or external to the cluster.")
public abstract class Service extends DataObject {

    @Property(unique = true, doc = "Unit name of the service, e.g. 'ovs-metadataserver_pool1_0'.")
    @NotBlank
    public abstract String getName();
    public abstract void setName(String name);

    @Property(defaultValue = "[]", doc = "The TCP ports the service listens on.")
    public abstract List<Integer> getPorts();
    public abstract void setPorts(List<Integer> ports);

    @Relation(backref = "services", doc = "The kind of service.")
    public abstract ServiceType getType();
    public abstract void setType(ServiceType type);

    @Relation(backref = "services", mandatory = false, doc = "The router running the service; none for external services.")
    public abstract StorageRouter getStoragerouter();
    public abstract void setStoragerouter(StorageRouter router);

    @Backref(value = "mdsService", doc = "The metadata-server details, when this service is one (one-to-one).")
    public abstract MDSService getMdsService();

    @Dynamic(ttl = 5, doc = "State of the process; UNKNOWN for external services and unreachable routers.")
    public ServiceState getState() {
        StorageRouter router = getStoragerouter();
        return router == null ? ServiceState.UNKNOWN : StorageSystem.client().serviceState(getName(), router.getMachineId());
    }
}
