package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.List;

/**
 * The candidate being evaluated: its guid and decoded snapshot, and the run context that
 * serves related snapshots and dynamics. One instance is reused for every candidate of a run.
 */
final class Row {

    /** The value of a path that could not be followed (null or missing relation on the way). */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<absent>";
        }
    };

    private final RunContext context;
    private String guid;
    private Snapshot snapshot;

    Row(RunContext context) {
        this.context = context;
    }

    Row at(String guid, Snapshot snapshot) {
        this.guid = guid;
        this.snapshot = snapshot;
        return this;
    }

    String guid() {
        return guid;
    }

    /** The value at {@code path}, possibly null, or {@link #ABSENT}. */
    Object value(ResolvedPath path) {
        Snapshot current = snapshot;
        String currentGuid = guid;
        List<RelationModel> hops = path.hops();
        for (int i = 0, n = hops.size(); i < n; i++) {
            RelationModel hop = hops.get(i);
            Object target = current.values()[hop.index()];
            if (target == null) {
                return ABSENT;
            }
            currentGuid = (String) target;
            current = context.target(hop.target(), currentGuid);
            if (current == null) {
                return ABSENT;
            }
        }
        return switch (path.terminal()) {
            case PROPERTY, RELATION -> current.values()[path.field().index()];
            case GUID -> currentGuid;
            case DYNAMIC -> context.dynamic(path.leaf(), currentGuid, path.dynamic());
        };
    }
}
