package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A physical machine (hypervisor host) running storage routers and virtual machines. */
@Hybrid(doc = "A physical machine: a hypervisor host that runs storage routers and virtual machines.")
public abstract class PMachine extends DataObject {

    /** The hypervisor running on the machine. */
    public enum HypervisorType { KVM, VMWARE, NONE }

    @Property(unique = true, doc = "Host name.")
    @NotBlank
    public abstract String getName();
    public abstract void setName(String name);

    @Property(unique = true, doc = "Management IPv4 address.")
    @Pattern(regexp = Patterns.IPV4)
    public abstract String getIp();
    public abstract void setIp(String ip);

    @Property(defaultValue = "KVM", indexed = true, doc = "The hypervisor on this host.")
    public abstract HypervisorType getHypervisorType();
    public abstract void setHypervisorType(HypervisorType type);

    @Property(mandatory = false, doc = "Free-form operator description (rack, owner).")
    public abstract String getDescription();
    public abstract void setDescription(String description);

    @Backref(value = "storagerouters", doc = "The storage routers running on this machine.")
    public abstract DataList<StorageRouter> getStoragerouters();

    @Backref(value = "vmachines", doc = "The virtual machines running on this machine.")
    public abstract DataList<VMachine> getVmachines();
}
