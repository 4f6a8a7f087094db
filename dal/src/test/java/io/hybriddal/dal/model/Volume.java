package io.hybriddal.dal.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

@Hybrid
public abstract class Volume extends DataObject {
    public static final AtomicInteger COMPUTED = new AtomicInteger();

    public enum State { NEW, RUNNING, HALTED }

    @Property
    public abstract String getName();

    public abstract void setName(String name);

    @Property(defaultValue = "0", indexed = true)
    @Min(0)
    public abstract long getSize();

    public abstract void setSize(long size);

    @Property(defaultValue = "NEW")
    public abstract State getState();

    public abstract void setState(State state);

    @Property(mandatory = false)
    public abstract List<String> getTags();

    public abstract void setTags(List<String> tags);

    @Property(mandatory = false)
    public abstract Set<State> getHistory();

    public abstract void setHistory(Set<State> history);

    @Relation(backref = "volumes", mandatory = false)
    public abstract Pool getPool();

    public abstract void setPool(Pool pool);

    @Dynamic(ttl = 5)
    public int getComputed() {
        return COMPUTED.incrementAndGet();
    }
}
