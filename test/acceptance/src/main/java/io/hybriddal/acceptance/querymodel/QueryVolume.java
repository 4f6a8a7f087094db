package io.hybriddal.acceptance.querymodel;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The queried hybrid of the query contracts: a unique name, an indexed volume id, plain
 * properties of several kinds, a relation to a pool, and a never-cached dynamic whose
 * computations are counted.
 */
@Hybrid(name = "qvolume")
public abstract class QueryVolume extends DataObject {

    /** Computations of {@link #getLoad()} in this JVM. */
    public static final AtomicInteger LOAD_COMPUTED = new AtomicInteger();

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

    @Property(defaultValue = "THIN")
    public abstract VolumeKind getKind();
    public abstract void setKind(VolumeKind kind);

    @Property(defaultValue = "false")
    public abstract boolean isOnline();
    public abstract void setOnline(boolean online);

    @Property(mandatory = false)
    public abstract Instant getCreated();
    public abstract void setCreated(Instant created);

    @Property(mandatory = false)
    public abstract List<String> getTags();
    public abstract void setTags(List<String> tags);

    @Property(mandatory = false)
    public abstract Map<String, Long> getQuotas();
    public abstract void setQuotas(Map<String, Long> quotas);

    @Relation(backref = "volumes", mandatory = false)
    public abstract QueryPool getPool();
    public abstract void setPool(QueryPool pool);

    /** Never cached: the size in GiB-ish units, counted. */
    @Dynamic(ttl = 0)
    public long getLoad() {
        LOAD_COMPUTED.incrementAndGet();
        return getSize() / 10;
    }

    /** The hybrids of the query model. */
    public static final List<Class<? extends DataObject>> HYBRIDS = List.of(QueryVolume.class, QueryPool.class, QueryRegion.class);
}
