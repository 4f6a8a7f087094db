package io.hybriddal.dal.internal.model;

/** A stored value does not fit its declared type; the caller adds the key and field to the message. */
public final class CorruptValueException extends Exception {

    private static final long serialVersionUID = 1L;

    public CorruptValueException(String message) {
        super(message, null, false, false);
    }

    public CorruptValueException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
