package io.hybriddal.acceptance.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * The main test hybrid, after Open vStorage's {@code TestDisk}: properties of every kind
 * (declared in an order that is not alphabetical, so that declaration order is observable),
 * three optional relations (one to itself), a backref, and four dynamics whose computations
 * are counted by {@link DynamicProbe}.
 */
@Hybrid
public abstract class TestDisk extends DataObject {

    @Property
    public abstract String getName();
    public abstract void setName(String name);

    @Property(mandatory = false)
    public abstract String getDescription();
    public abstract void setDescription(String description);

    @Property(defaultValue = "0")
    @Min(0)
    public abstract long getSize();
    public abstract void setSize(long size);

    @Property(defaultValue = "HDD")
    public abstract DiskType getType();
    public abstract void setType(DiskType type);

    @Property(mandatory = false)
    public abstract List<String> getTags();
    public abstract void setTags(List<String> tags);

    @Property(mandatory = false)
    public abstract DiskGeometry getGeometry();
    public abstract void setGeometry(DiskGeometry geometry);

    @Property(defaultValue = "0")
    public abstract long getCounter();
    public abstract void setCounter(long counter);

    /** A mandatory primitive without default: 0 on new objects, never "missing". */
    @Property
    public abstract int getPriority();
    public abstract void setPriority(int priority);

    /** A mandatory boolean without default, with an {@code isX} getter. */
    @Property
    public abstract boolean isHealthy();
    public abstract void setHealthy(boolean healthy);

    @Relation(backref = "disks", mandatory = false)
    public abstract TestMachine getMachine();
    public abstract void setMachine(TestMachine machine);

    @Relation(backref = "disks", mandatory = false)
    public abstract TestStorage getStorage();
    public abstract void setStorage(TestStorage storage);

    @Relation(backref = "children", mandatory = false)
    public abstract TestDisk getParent();
    public abstract void setParent(TestDisk parent);

    @Backref("children")
    public abstract DataList<TestDisk> getChildren();

    /** Cached for 5 s; its value is the number of computations so far on this object. */
    @Dynamic(ttl = 5)
    public long getUsage() {
        return DynamicProbe.computed(getGuid(), "usage");
    }

    /** Never cached. */
    @Dynamic(ttl = 0)
    public long getLiveReads() {
        return DynamicProbe.computed(getGuid(), "liveReads");
    }

    /** Computes {@code null}, which is cached like any value. */
    @Dynamic(ttl = 5)
    public String getLastError() {
        DynamicProbe.computed(getGuid(), "lastError");
        return null;
    }

    /** Single-flight across processes; waits at the object's {@link DynamicProbe} gate, if one is set. */
    @Dynamic(ttl = 30, locked = true)
    public long getExpensiveStat() {
        int n = DynamicProbe.computed(getGuid(), "expensiveStat");
        DynamicProbe.passGate(getGuid());
        return 1000L + n;
    }

    /** A concrete helper: not a property, never persisted or exported. */
    public boolean isLarge() {
        return getSize() > 1_000_000L;
    }
}
