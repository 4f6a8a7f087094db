package io.hybriddal.lincheck;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import java.util.concurrent.atomic.AtomicInteger;

/** The hybrid of the model checks: a locked dynamic that counts its own computations. */
@Hybrid(name = "lmeter")
public abstract class Meter extends DataObject {

    /** Computations of {@link #getReading()} since the last reset. */
    static final AtomicInteger COMPUTATIONS = new AtomicInteger();

    @Property
    public abstract String getName();

    public abstract void setName(String name);

    /** Which computation this is: 1 for the first since the cache was emptied, 2 if a second caller computed too. */
    @Dynamic(ttl = 600, locked = true)
    public int getReading() {
        return COMPUTATIONS.incrementAndGet();
    }
}
