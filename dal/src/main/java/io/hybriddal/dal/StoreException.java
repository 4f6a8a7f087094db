package io.hybriddal.dal;

/** A store could not be reached, or refused a request (too large, too many operations). */
public class StoreException extends DalException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
