package io.hybriddal.dal;

/** A relation was given an object of the wrong hybrid, or a one-to-one relation would get a second child. */
public class InvalidRelationException extends DalException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     */
    public InvalidRelationException(String message) {
        super(message);
    }
}
