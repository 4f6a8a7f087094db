package io.hybriddal.dal;

import jakarta.validation.ConstraintViolation;
import java.util.Set;

/** Bean Validation constraints failed at save. Nothing was written. */
public class ValidationFailedException extends DalException {

    private static final long serialVersionUID = 1L;

    private final transient Set<ConstraintViolation<?>> violations;

    /**
     * @param message what happened, naming the hybrid, guid, key or property involved
     * @param violations the Bean Validation violations
     */
    public ValidationFailedException(String message, Set<ConstraintViolation<?>> violations) {
        super(message);
        this.violations = Set.copyOf(violations);
    }

    /** The violations Hibernate Validator reported. */
    public Set<ConstraintViolation<?>> violations() {
        return violations;
    }
}
