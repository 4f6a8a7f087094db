package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import io.hybriddal.hybrids.system.Snapshot;
import io.hybriddal.hybrids.system.StorageSystem;
import io.hybriddal.hybrids.system.VolumeStatistics;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** A vDisk: a volume of a vPool, seen by hypervisors as a file on the vPool's file system. */
@Hybrid(doc = "A vDisk: a thin-provisioned volume of a vPool, attached to a virtual machine or used as a template.")
public abstract class VDisk extends DataObject {

    /** Whether the volume can serve I/O. */
    public enum Status { RUNNING, HALTED, NON_RUNNABLE, RESTARTING }

    @Property(indexed = true, doc = "Display name (not unique: two vPools may hold volumes of one name).")
    @NotBlank
    public abstract String getName();
    public abstract void setName(String name);

    @Property(unique = true, doc = "Path of the volume's file on the vPool's file system, e.g. '/vm1/disk0.raw'.")
    @Pattern(regexp = Patterns.ABSOLUTE_PATH)
    public abstract String getDevicename();
    public abstract void setDevicename(String devicename);

    @Property(mandatory = false, unique = true, doc = "The volume driver's id; null until the volume is created.")
    public abstract String getVolumeId();
    public abstract void setVolumeId(String volumeId);

    @Property(defaultValue = "0", doc = "Provisioned size in bytes.")
    @Min(0)
    public abstract long getSize();
    public abstract void setSize(long size);

    @Property(defaultValue = "HALTED", indexed = true, doc = "Whether the volume serves I/O.")
    public abstract Status getStatus();
    public abstract void setStatus(Status status);

    @Property(defaultValue = "false", indexed = true, doc = "Whether the volume is a template that clones are made from.")
    public abstract boolean isTemplate();
    public abstract void setTemplate(boolean template);

    @Property(defaultValue = "1.0", doc = "Share of the volume's metadata pages kept in memory (0.01 to 1).")
    @DecimalMin("0.01") @DecimalMax("1.0")
    public abstract double getPagecacheRatio();
    public abstract void setPagecacheRatio(double ratio);

    @Property(mandatory = false, defaultValue = "{}", doc = "Volume driver settings overriding the vPool's, by key.")
    public abstract Map<String, String> getMetadata();
    public abstract void setMetadata(Map<String, String> metadata);

    @Relation(backref = "vdisks", doc = "The vPool holding the volume.")
    public abstract VPool getVpool();
    public abstract void setVpool(VPool vpool);

    @Relation(backref = "vdisks", mandatory = false, doc = "The virtual machine using the volume, if any.")
    public abstract VMachine getVmachine();
    public abstract void setVmachine(VMachine vmachine);

    @Relation(backref = "childVdisks", mandatory = false, doc = "The template or volume this one was cloned from.")
    public abstract VDisk getParentVdisk();
    public abstract void setParentVdisk(VDisk parent);

    @Backref(value = "childVdisks", doc = "The clones of this volume.")
    public abstract DataList<VDisk> getChildVdisks();

    @Backref(value = "domains", doc = "The failure domains the volume's data is kept in (junction rows).")
    public abstract DataList<VDiskDomain> getDomains();

    @Dynamic(ttl = 4, doc = "I/O counters and cache hit ratio of the volume; null until the volume exists.")
    public VolumeStatistics getStatistics() {
        String id = getVolumeId();
        return id == null ? null : StorageSystem.client().volumeStatistics(id);
    }

    @Dynamic(ttl = 60, doc = "The volume's snapshots, oldest first.")
    public List<Snapshot> getSnapshots() {
        String id = getVolumeId();
        return id == null ? List.of() : StorageSystem.client().snapshots(id);
    }
}
