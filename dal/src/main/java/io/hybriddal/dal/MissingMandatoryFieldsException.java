package io.hybriddal.dal;

import java.util.List;

/** A save found mandatory properties or relations without a value. Nothing was written. */
public class MissingMandatoryFieldsException extends DalException {

    private static final long serialVersionUID = 1L;

    private final List<String> fields;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     * @param fields the mandatory fields without a value, in declaration order
     */
    public MissingMandatoryFieldsException(String message, List<String> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    /** Every missing field, in declaration order. */
    public List<String> fields() {
        return fields;
    }
}
