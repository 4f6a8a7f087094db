package io.hybriddal.dal;

/** A filter or query names an unknown path or compares a value that does not fit the property's type. */
public class InvalidQueryException extends DalException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     */
    public InvalidQueryException(String message) {
        super(message);
    }
}
