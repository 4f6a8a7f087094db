package io.hybriddal.dal;

/** A save would give a unique property a value another object already has. Nothing was written. */
public class UniqueConstraintViolationException extends DalException {

    private static final long serialVersionUID = 1L;

    private final String hybrid;
    private final String property;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     * @param hybrid the hybrid name
     * @param property the unique property
     */
    public UniqueConstraintViolationException(String message, String hybrid, String property) {
        super(message);
        this.hybrid = hybrid;
        this.property = property;
    }

    /** The hybrid name. */
    public String hybrid() {
        return hybrid;
    }

    /** The unique property. */
    public String property() {
        return property;
    }
}
