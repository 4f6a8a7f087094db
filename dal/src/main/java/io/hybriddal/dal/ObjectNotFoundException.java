package io.hybriddal.dal;

/** No object with the given hybrid and guid exists (any more) in the persistent store. */
public class ObjectNotFoundException extends DalException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     */
    public ObjectNotFoundException(String message) {
        super(message);
    }
}
