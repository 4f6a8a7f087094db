package io.hybriddal.cli;

import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import java.util.Map;

/**
 * One checked line of an import: the object to create, with its property values already
 * converted to their Java types (as the Dal holds them), its relation targets by guid, and the
 * stored fields its model does not declare (name to JSON text), restored as they were.
 */
record ImportItem(int line, HybridInfo hybrid, String guid, Map<PropertyInfo, Object> values, Map<RelationInfo, String> targets,
                  Map<String, String> unknown) {

    /** This object, by hybrid name and guid. */
    ObjectRef ref() {
        return new ObjectRef(hybrid.name(), guid);
    }

    String describe() {
        return hybrid.name() + " " + guid + " (line " + line + ")";
    }
}
