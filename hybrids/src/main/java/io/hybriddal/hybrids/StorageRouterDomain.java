package io.hybriddal.hybrids;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;

/** Junction: a storage router in a failure domain, as its primary or its recovery domain. */
@Hybrid(doc = "Junction between StorageRouter and Domain; 'recovery' marks the domain a router fails over to.")
public abstract class StorageRouterDomain extends DataObject {

    @Property(defaultValue = "false", indexed = true, doc = "Whether this is the router's recovery domain rather than its own.")
    public abstract boolean isRecovery();
    public abstract void setRecovery(boolean recovery);

    @Relation(backref = "domains", doc = "The router.")
    public abstract StorageRouter getStoragerouter();
    public abstract void setStoragerouter(StorageRouter router);

    @Relation(backref = "storagerouters", doc = "The domain.")
    public abstract Domain getDomain();
    public abstract void setDomain(Domain domain);
}
