package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.Change;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.PlanStep;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

/**
 * A plan step with what apply needs besides the public view: the model and the revision the plan
 * read (0 for a CREATE: the object must still be absent).
 */
record Step(PlanAction action, HybridModel model, String guid, Map<String, Change> changes, long revision) implements PlanStep {

    Step {
        changes = Collections.unmodifiableMap(changes);
    }

    @Override
    public String hybrid() {
        return model.name();
    }

    @Override
    public String describe() {
        return action.name().toLowerCase(Locale.ROOT) + " " + model.name() + " " + guid;
    }

    @Override
    public String toString() {
        return describe() + " " + changes;
    }
}
