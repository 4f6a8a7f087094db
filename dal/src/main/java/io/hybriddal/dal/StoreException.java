package io.hybriddal.dal;

/** A store could not be reached, or refused a request (too large, too many operations). */
public class StoreException extends DalException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     * @param cause what made it fail
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
