package io.hybriddal.dal;

/** A stored value could not be read as what the model declares (wrong JSON type, bad enum name...). */
public class CorruptDataException extends DalException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     * @param key the store key of the corrupt document
     * @param cause what made it fail
     */
    public CorruptDataException(String message, String key, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** The store key of the unreadable value. */
    public String key() {
        return key;
    }
}
