package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.List;
import java.util.Map;

/** What the query engine needs from the Dal beyond the stores: instances, and their dynamics. */
interface ObjectAccess {

    /** The instances of {@code guids} (missing ones left out), loaded in one multi-get per page. */
    Map<String, DataObject> load(HybridModel model, List<String> guids);

    /** The value of a dynamic of an instance, through the dynamic cache. */
    Object dynamic(DataObject object, DynamicModel dynamic);
}
