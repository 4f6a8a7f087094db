package io.hybriddal.hybrids;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A kind of backend (an object store technology such as ALBA, or a distributed file system). */
@Hybrid(doc = "A kind of backend: the storage technology behind a set of backends (ALBA, S3, distributed file system).")
public abstract class BackendType extends DataObject {

    @Property(unique = true, doc = "Display name, e.g. 'Open vStorage Backend'.")
    @NotBlank
    public abstract String getName();
    public abstract void setName(String name);

    @Property(unique = true, doc = "Short code that plugins register under, e.g. 'alba'.")
    @Pattern(regexp = Patterns.SLUG)
    public abstract String getCode();
    public abstract void setCode(String code);

    @Backref(value = "backends", doc = "The backends of this type.")
    public abstract DataList<Backend> getBackends();
}
