package io.hybriddal.dal;

/** A save or delete kept conflicting with concurrent writers and gave up after its bounded retries. */
public class RaceConditionException extends DalException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     */
    public RaceConditionException(String message) {
        super(message);
    }
}
