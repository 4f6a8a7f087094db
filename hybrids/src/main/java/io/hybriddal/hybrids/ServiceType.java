package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import jakarta.validation.constraints.NotBlank;

/** A kind of framework service (Arakoon, MetadataServer, AlbaProxy...). */
@Hybrid(doc = "A kind of framework service, e.g. Arakoon, MetadataServer, AlbaProxy.")
public abstract class ServiceType extends DataObject {

    @Property(unique = true, doc = "Type name, e.g. 'MetadataServer'.")
    @NotBlank
    public abstract String getName();
    public abstract void setName(String name);

    @Backref(value = "services", doc = "The services of this type.")
    public abstract DataList<Service> getServices();
}
