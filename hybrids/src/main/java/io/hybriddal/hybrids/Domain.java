package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import jakarta.validation.constraints.NotBlank;

/** A failure domain (a rack, a room, a site) that data is spread over. */
@Hybrid(doc = "A failure domain (rack, room, site): routers, backends and volumes are placed in domains so one failure cannot take all copies.")
public abstract class Domain extends DataObject {

    @Property(unique = true, doc = "Domain name, e.g. 'rack-a'.")
    @NotBlank
    public abstract String getName();
    public abstract void setName(String name);

    @Backref(value = "storagerouters", doc = "The routers in this domain (junction rows).")
    public abstract DataList<StorageRouterDomain> getStoragerouters();

    @Backref(value = "vdisks", doc = "The volumes kept in this domain (junction rows).")
    public abstract DataList<VDiskDomain> getVdisks();

    @Backref(value = "backends", doc = "The backends with capacity in this domain (junction rows).")
    public abstract DataList<BackendDomain> getBackends();
}
