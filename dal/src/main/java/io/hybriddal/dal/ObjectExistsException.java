package io.hybriddal.dal;

/**
 * A save of an object created with a given guid ({@link Dal#create(Class, String)}) found another
 * object with that guid, holding different values. Nothing was written.
 */
public class ObjectExistsException extends DalException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     */
    public ObjectExistsException(String message) {
        super(message);
    }
}
