package io.hybriddal.integration.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/**
 * A named number: the shared counter of the read-modify-write tests, the value whose changes the
 * near-cache lag test times, and the record the failover test writes. Its dynamic
 * {@link #getReading()} reports an {@link ExternalGauge} (a value outside the store, as storage
 * statistics are) and is cached for a minute.
 */
@Hybrid
public abstract class Tally extends DataObject {

    @Property
    public abstract String getName();
    public abstract void setName(String name);

    @Property(defaultValue = "0")
    public abstract long getValue();
    public abstract void setValue(long value);

    /** The external gauge of this object, as computed now; served from the volatile store for 60 s. */
    @Dynamic(ttl = 60)
    public long getReading() {
        return ExternalGauge.read(getGuid());
    }
}
