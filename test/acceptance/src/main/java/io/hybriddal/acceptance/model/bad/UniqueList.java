package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import java.util.List;

/** Wrong: {@code unique} on the list property {@code aliases}. */
@Hybrid
public abstract class UniqueList extends DataObject {

    @Property(unique = true)
    public abstract List<String> getAliases();
    public abstract void setAliases(List<String> aliases);
}
