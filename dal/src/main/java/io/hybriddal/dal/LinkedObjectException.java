package io.hybriddal.dal;

/** A delete was refused because a backref still lists objects pointing at the deleted one. */
public class LinkedObjectException extends DalException {

    private static final long serialVersionUID = 1L;

    private final String backref;
    private final int count;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     * @param backref the backref that still lists objects
     * @param count how many objects it lists
     */
    public LinkedObjectException(String message, String backref, int count) {
        super(message);
        this.backref = backref;
        this.count = count;
    }

    /** The name of the non-empty backref. */
    public String backref() {
        return backref;
    }

    /** How many objects it still lists. */
    public int count() {
        return count;
    }
}
