package io.hybriddal.dal.internal.feed;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.DataObject;
import java.util.Map;
import java.util.Set;

/** An immutable {@link ChangeEvent}. */
record ObjectChange<T extends DataObject>(ChangeType type, String hybrid, String guid, Set<String> changedFields,
                                         Map<String, Object> oldValues, Map<String, Object> newValues, long revision)
        implements ChangeEvent<T> {

    @Override
    public String toString() {
        return type + " " + hybrid + " " + guid + " " + changedFields + " @" + revision;
    }
}
