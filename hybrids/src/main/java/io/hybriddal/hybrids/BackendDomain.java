package io.hybriddal.hybrids;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Relation;

/** Junction: a backend with capacity in a failure domain. */
@Hybrid(doc = "Junction between Backend and Domain: the domains a backend's capacity is spread over.")
public abstract class BackendDomain extends DataObject {

    @Relation(backref = "domains", doc = "The backend.")
    public abstract Backend getBackend();
    public abstract void setBackend(Backend backend);

    @Relation(backref = "backends", doc = "The domain.")
    public abstract Domain getDomain();
    public abstract void setDomain(Domain domain);
}
