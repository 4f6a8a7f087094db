package io.hybriddal.dal;

import java.util.List;

/**
 * {@link Plan#apply()} found that objects the plan read changed since (or that an object it
 * creates appeared): nothing was done. Plan again.
 */
public class PlanConflictException extends DalException {

    private static final long serialVersionUID = 1L;

    private final List<String> objects;

    /** @param objects the changed objects, as {@code hybrid guid} */
    public PlanConflictException(String message, List<String> objects) {
        super(message);
        this.objects = List.copyOf(objects);
    }

    /** The changed objects, as {@code hybrid guid} ("vpool 3f2a..."). */
    public List<String> objects() {
        return objects;
    }
}
