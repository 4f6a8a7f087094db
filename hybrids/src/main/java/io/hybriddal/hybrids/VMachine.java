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
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/** A virtual machine whose disks are vDisks. */
@Hybrid(doc = "A virtual machine whose disks are vDisks; known from the hypervisor's inventory.")
public abstract class VMachine extends DataObject {

    /** The state the hypervisor reports. */
    public enum Status { RUNNING, HALTED, PAUSED, UNKNOWN }

    @Property(indexed = true, doc = "Name in the hypervisor.")
    @NotBlank
    public abstract String getName();
    public abstract void setName(String name);

    @Property(mandatory = false, unique = true, doc = "The hypervisor's id for the machine (a UUID for KVM).")
    public abstract String getHypervisorId();
    public abstract void setHypervisorId(String id);

    @Property(defaultValue = "UNKNOWN", indexed = true, doc = "Last state reported by the hypervisor.")
    public abstract Status getStatus();
    public abstract void setStatus(Status status);

    @Property(defaultValue = "false", doc = "Whether the machine is a template.")
    public abstract boolean isTemplate();
    public abstract void setTemplate(boolean template);

    @Property(mandatory = false, doc = "Free-form description from the hypervisor.")
    public abstract String getDescription();
    public abstract void setDescription(String description);

    @Relation(backref = "vmachines", mandatory = false, doc = "The host running the machine, if known.")
    public abstract PMachine getPmachine();
    public abstract void setPmachine(PMachine pmachine);

    @Backref(value = "vdisks", doc = "The vDisks attached to the machine.")
    public abstract DataList<VDisk> getVdisks();

    @Dynamic(ttl = 10, doc = "I/O counters of all the machine's vDisks together; null when none has a volume yet.")
    public VolumeStatistics getStatistics() {
        return getVdisks().stream().map(VDisk::getVolumeId).filter(Objects::nonNull)
                .map(id -> StorageSystem.client().volumeStatistics(id))
                .reduce(VolumeStatistics::plus).orElse(null);
    }
}
