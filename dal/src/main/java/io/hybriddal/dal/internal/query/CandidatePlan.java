package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.List;

/**
 * Where the candidates of a query come from when it need not scan every object: a superset of
 * the matching guids, read from keys the commits maintain. Only a pre-filter: the full
 * predicate is evaluated on every candidate.
 */
sealed interface CandidatePlan {

    /** These guids (a filter on {@code guid}); the object keys are read directly. */
    record Guids(List<String> guids) implements CandidatePlan {
    }

    /** The entries of an indexed property under each value ({@code i/<hybrid>/<prop>/<value>/}). */
    record Index(HybridModel model, PropertyModel property, List<Object> values) implements CandidatePlan {
    }

    /** The owners of a unique property's non-null values ({@code u/<hybrid>/<prop>/<value>}), one multi-get. */
    record Unique(HybridModel model, PropertyModel property, List<Object> values) implements CandidatePlan {
    }

    /** The objects whose relation points at one of the targets (the reverse index of the relation). */
    record Reverse(RelationModel relation, List<String> targets) implements CandidatePlan {
    }

    /** Candidates of every part (AND). */
    record Intersect(List<CandidatePlan> parts) implements CandidatePlan {
    }

    /** Candidates of any part (OR). */
    record Union(List<CandidatePlan> parts) implements CandidatePlan {
    }
}
