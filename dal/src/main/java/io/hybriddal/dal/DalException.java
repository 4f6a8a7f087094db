package io.hybriddal.dal;

/**
 * Root of every exception hybrid-dal throws. All are unchecked; messages name the hybrid, guid,
 * key or property involved.
 */
public class DalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     */
    public DalException(String message) {
        super(message);
    }

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     * @param cause what made it fail
     */
    public DalException(String message, Throwable cause) {
        super(message, cause);
    }
}
