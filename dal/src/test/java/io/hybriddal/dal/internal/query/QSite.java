package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** The far end of the query test model: disk → pool → site. */
@Hybrid(name = "qsite")
public abstract class QSite extends DataObject {
    @Property
    public abstract String getName();
    public abstract void setName(String name);

    @Property(mandatory = false)
    public abstract String getRegion();
    public abstract void setRegion(String region);

    @Backref("pools")
    public abstract DataList<QPool> getPools();
}
