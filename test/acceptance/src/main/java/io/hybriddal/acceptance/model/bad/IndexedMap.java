package io.hybriddal.acceptance.model.bad;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import java.util.Map;

/** Wrong: {@code indexed} on the map property {@code labels}. */
@Hybrid
public abstract class IndexedMap extends DataObject {

    @Property(indexed = true, mandatory = false)
    public abstract Map<String, String> getLabels();
    public abstract void setLabels(Map<String, String> labels);
}
