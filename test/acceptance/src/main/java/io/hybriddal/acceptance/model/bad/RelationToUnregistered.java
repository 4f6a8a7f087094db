package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Relation;

/** Wrong: relation {@code owner} points at a hybrid that is not registered. */
@Hybrid
public abstract class RelationToUnregistered extends DataObject {

    @Relation(backref = "strays", mandatory = false)
    public abstract OrphanTarget getOwner();
    public abstract void setOwner(OrphanTarget owner);
}
