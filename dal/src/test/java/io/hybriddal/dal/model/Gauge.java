package io.hybriddal.dal.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** A hybrid whose dynamic asks a storage system handed to the Dal as a service. */
@Hybrid
public abstract class Gauge extends DataObject {

    /** The storage system the dynamic reads (a fake in tests). */
    public interface Readings {
        long read(String name);
    }

    @Property
    public abstract String getName();

    public abstract void setName(String name);

    @Property(defaultValue = "0")
    public abstract double getLevel();

    public abstract void setLevel(double level);

    @Dynamic(ttl = 0)
    public long getReading() {
        return service(Readings.class).read(getName());
    }
}
