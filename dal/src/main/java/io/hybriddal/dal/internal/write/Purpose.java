package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.internal.model.FieldModel;

/**
 * Why a commit condition is there, so that a failed commit can be explained: a stale base is
 * retried, a taken unique value or a missing relation target is reported.
 *
 * @param kind  what the condition protects
 * @param write the pending write that added it
 * @param field the property or relation concerned, for UNIQUE, ONE_TO_ONE and TARGET
 * @param value the value or target guid concerned, for messages
 */
record Purpose(Kind kind, PendingWrite write, FieldModel field, Object value) {

    enum Kind {
        /** The object's own document is as the write's base saw it: a failure means retry. */
        OWN,
        /** An object the write changes on the side (an abandoned child) is as read: retry. */
        SIDE,
        /** No child linked to a deleted object since its backrefs were read: retry. */
        LINK,
        /** A unique value is free: a failure is a violation. */
        UNIQUE,
        /** A one-to-one target has no child yet: a failure is an invalid relation. */
        ONE_TO_ONE,
        /** A relation target exists: a failure means it does not. */
        TARGET;

        boolean meansStale() {
            return this == OWN || this == SIDE || this == LINK;
        }
    }

    static Purpose of(Kind kind, PendingWrite write) {
        return new Purpose(kind, write, null, null);
    }
}
