package io.hybriddal.dal;

/**
 * Root of every exception hybrid-dal throws. All are unchecked; messages name the hybrid, guid,
 * key or property involved.
 */
public class DalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DalException(String message) {
        super(message);
    }

    public DalException(String message, Throwable cause) {
        super(message, cause);
    }
}
