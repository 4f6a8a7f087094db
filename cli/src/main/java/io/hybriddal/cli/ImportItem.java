package io.hybriddal.cli;

import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.Map;

/**
 * One checked line of an import: the object to create, with its property values already
 * converted to their Java types and its relation targets by guid.
 */
record ImportItem(int line, HybridModel model, String guid, Map<PropertyModel, Object> values, Map<RelationModel, String> targets) {

    String describe() {
        return model.name() + " " + guid + " (line " + line + ")";
    }
}
