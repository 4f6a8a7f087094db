package io.hybriddal.dal;

import java.util.List;

/**
 * A save met fields changed both locally and in the store, under {@link ConflictPolicy#RAISE}.
 * Nothing was written; the instance keeps its local changes.
 */
public class ConcurrencyException extends DalException {

    private static final long serialVersionUID = 1L;

    private final List<String> conflicts;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     * @param conflicts the fields changed on both sides
     */
    public ConcurrencyException(String message, List<String> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    /** The names of the conflicting fields, in declaration order. */
    public List<String> conflicts() {
        return conflicts;
    }
}
