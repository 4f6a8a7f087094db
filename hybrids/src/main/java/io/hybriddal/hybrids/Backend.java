package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import io.hybriddal.hybrids.system.Capacity;
import io.hybriddal.hybrids.system.StorageSystem;
import jakarta.validation.constraints.Pattern;

/** A backend: a pool of capacity (an ALBA backend, an S3 bucket...) that vPools store their data on. */
@Hybrid(doc = "A backend: a pool of capacity that vPools write their volumes' data to.")
public abstract class Backend extends DataObject {

    /** Lifecycle of a backend. */
    public enum Status { NEW, INSTALLING, RUNNING, FAILURE, DELETING }

    @Property(unique = true, doc = "Backend name, unique in the cluster.")
    @Pattern(regexp = Patterns.SLUG)
    public abstract String getName();
    public abstract void setName(String name);

    @Property(defaultValue = "NEW", indexed = true, doc = "Lifecycle status; RUNNING backends accept vPools.")
    public abstract Status getStatus();
    public abstract void setStatus(Status status);

    @Property(mandatory = false, defaultValue = "false", doc = "Whether the backend is shared with other clusters (global).")
    public abstract boolean isGlobal();
    public abstract void setGlobal(boolean global);

    @Relation(backref = "backends", doc = "The technology of this backend.")
    public abstract BackendType getBackendType();
    public abstract void setBackendType(BackendType type);

    @Backref(value = "vpools", doc = "The vPools storing data on this backend.")
    public abstract DataList<VPool> getVpools();

    @Backref(value = "domains", doc = "The failure domains this backend's capacity lives in (junction rows).")
    public abstract DataList<BackendDomain> getDomains();

    @Dynamic(ttl = 60, doc = "Total and used capacity, as the backend reports it.")
    public Capacity getUsage() {
        return StorageSystem.client().backendUsage(getName());
    }
}
