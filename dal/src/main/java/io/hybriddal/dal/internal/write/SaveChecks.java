package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.MissingMandatoryFieldsException;
import io.hybriddal.dal.ValidationFailedException;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.object.ObjectState;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The checks of a save before anything is written: mandatory fields, then Bean Validation. Thread-safe. */
public final class SaveChecks implements AutoCloseable {

    /**
     * One validator for the JVM: building a factory costs milliseconds and it is thread-safe, so
     * every Dal shares it (its metadata cache is per class, like the proxies).
     */
    private static final class Shared {
        // Parameter interpolation needs no Expression Language implementation on the class path.
        static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    private volatile Validator validator;

    /** The validator, started on first need: a model without constraints never loads Hibernate Validator. */
    private Validator validator() {
        Validator v = validator;
        if (v == null) {
            v = Shared.FACTORY.getValidator();
            validator = v;
        }
        return v;
    }

    /** Whether {@code type} declares any Bean Validation constraint (otherwise saves skip validation). */
    public boolean isConstrained(Class<?> type) {
        return ConstraintScan.mayBeConstrained(type) && validator().getConstraintsForClass(type).isBeanConstrained();
    }

    void check(ObjectState state) {
        List<String> missing = null; // made only when a field is missing: every save passes here
        for (FieldModel f : state.model().fields()) {
            boolean canBeMissing = !(f instanceof PropertyModel p) || p.canBeMissing();
            if (f.mandatory() && canBeMissing && state.values()[f.index()] == null) {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(f.name());
            }
        }
        if (missing != null) {
            throw new MissingMandatoryFieldsException("cannot save " + state.describe() + ": mandatory "
                    + (missing.size() == 1 ? "field " : "fields ") + String.join(", ", missing) + " "
                    + (missing.size() == 1 ? "has" : "have") + " no value", missing);
        }
        if (state.model().constrained()) {
            Set<ConstraintViolation<Object>> violations = validator().validate(state.self());
            if (!violations.isEmpty()) {
                String summary = violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage() + " (was " + v.getInvalidValue() + ")")
                        .sorted().collect(Collectors.joining("; "));
                throw new ValidationFailedException("cannot save " + state.describe() + ": " + summary, new HashSet<>(violations));
            }
        }
    }

    @Override
    public void close() {
        // the shared factory lives as long as the JVM
    }
}
