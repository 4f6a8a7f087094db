package io.hybriddal.dal.plan;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import jakarta.validation.constraints.Min;

/** A plan test hybrid: a natural key, a validated number, a relation to a rack and one to another server. */
@Hybrid
public abstract class Server extends DataObject {
    @Property(unique = true)
    public abstract String getName();

    public abstract void setName(String name);

    @Property(defaultValue = "0")
    @Min(0)
    public abstract long getDisks();

    public abstract void setDisks(long disks);

    @Relation(backref = "servers", mandatory = false)
    public abstract Rack getRack();

    public abstract void setRack(Rack rack);

    @Relation(backref = "mirrored", mandatory = false)
    public abstract Server getMirror();

    public abstract void setMirror(Server mirror);
}
