package io.hybriddal.dal;

/** A hybrid declaration is wrong, or a class was used that is not a registered hybrid. The message names class and member. */
public class InvalidHybridException extends DalException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     */
    public InvalidHybridException(String message) {
        super(message);
    }
}
