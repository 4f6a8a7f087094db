package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The queried hybrid of the unit tests: one property of every kind, unique and indexed ones, a relation, a dynamic. */
@Hybrid(name = "qdisk")
public abstract class QDisk extends DataObject {
    @Property(unique = true)
    public abstract String getName();
    public abstract void setName(String name);

    @Property(mandatory = false, indexed = true)
    public abstract String getVolumeId();
    public abstract void setVolumeId(String volumeId);

    @Property(mandatory = false)
    public abstract String getLabel();
    public abstract void setLabel(String label);

    @Property(defaultValue = "0")
    public abstract long getSize();
    public abstract void setSize(long size);

    @Property(defaultValue = "0")
    public abstract double getRatio();
    public abstract void setRatio(double ratio);

    @Property(defaultValue = "0", indexed = true)
    public abstract int getPriority();
    public abstract void setPriority(int priority);

    @Property(defaultValue = "false")
    public abstract boolean isHealthy();
    public abstract void setHealthy(boolean healthy);

    @Property(defaultValue = "HDD", indexed = true)
    public abstract QKind getKind();
    public abstract void setKind(QKind kind);

    @Property(mandatory = false)
    public abstract Instant getCreated();
    public abstract void setCreated(Instant created);

    @Property(mandatory = false)
    public abstract List<String> getTags();
    public abstract void setTags(List<String> tags);

    @Property(mandatory = false)
    public abstract Set<Long> getPorts();
    public abstract void setPorts(Set<Long> ports);

    @Property(mandatory = false)
    public abstract Map<String, String> getMeta();
    public abstract void setMeta(Map<String, String> meta);

    @Property(mandatory = false)
    public abstract QShape getShape();
    public abstract void setShape(QShape shape);

    @Relation(backref = "disks", mandatory = false)
    public abstract QPool getPool();
    public abstract void setPool(QPool pool);

    /** Never cached: twice the size. */
    @Dynamic(ttl = 0)
    public long getDoubled() {
        return getSize() * 2;
    }
}
