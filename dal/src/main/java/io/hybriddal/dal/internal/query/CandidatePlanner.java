package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.KeySpaceStates;
import io.hybriddal.dal.internal.model.PropertyModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Chooses the candidate source of a compiled filter, or none (scan every object). Served:
 * eq/in without ignoreCase on {@code guid}, on an indexed property (null included: it is indexed
 * as its own value), on a unique property (non-null values only: nulls are not unique-checked),
 * and on a relation of the queried hybrid (non-null: through the reverse index). AND intersects
 * the parts it can serve and ignores the others; OR is served only when every branch is (a
 * branch that cannot be served could match anything); NOT never is. A key space the store does
 * not record as ready (declared over objects saved before it, or being built) serves nothing.
 * Order-independent, and never changes the filter: the full predicate is still evaluated.
 */
final class CandidatePlanner {

    private CandidatePlanner() {
    }

    /** The candidate plan of {@code node} on {@code model} from the key spaces that are ready, or null to scan. */
    static CandidatePlan plan(HybridModel model, Node node, KeySpaceStates spaces) {
        if (node instanceof Node.Compare c) {
            return comparison(model, c, spaces);
        }
        if (node instanceof Node.All all) {
            List<CandidatePlan> parts = new ArrayList<>();
            for (Node child : all.nodes()) {
                CandidatePlan p = plan(model, child, spaces);
                if (p != null) {
                    parts.add(p);
                }
            }
            return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new CandidatePlan.Intersect(List.copyOf(parts));
        }
        if (node instanceof Node.Any any) {
            List<CandidatePlan> parts = new ArrayList<>();
            for (Node child : any.nodes()) {
                CandidatePlan p = plan(model, child, spaces);
                if (p == null) {
                    return null;
                }
                parts.add(p);
            }
            return parts.size() == 1 ? parts.get(0) : new CandidatePlan.Union(List.copyOf(parts)); // empty: nothing matches
        }
        return null; // Not, True
    }

    private static CandidatePlan comparison(HybridModel model, Node.Compare c, KeySpaceStates spaces) {
        if (c.lookups() == null || !c.path().hops().isEmpty()) {
            return null;
        }
        List<Object> values = c.lookups();
        switch (c.path().terminal()) {
            case GUID -> {
                List<String> guids = new ArrayList<>();
                values.forEach(v -> {
                    if (v != null) {
                        guids.add((String) v);
                    }
                });
                return new CandidatePlan.Guids(List.copyOf(guids));
            }
            case RELATION -> {
                if (values.contains(null) || !spaces.reverseReady(c.path().relation())) {
                    return null; // "relation is unset" has no reverse entry
                }
                List<String> targets = new ArrayList<>();
                values.forEach(v -> targets.add((String) v));
                return new CandidatePlan.Reverse(c.path().relation(), List.copyOf(targets));
            }
            case PROPERTY -> {
                PropertyModel property = (PropertyModel) c.path().field();
                if (property.indexed() && spaces.indexReady(property)) {
                    return new CandidatePlan.Index(model, property, keyValues(property, values));
                }
                if (property.unique() && !values.contains(null) && spaces.uniqueReady(property)) {
                    return new CandidatePlan.Unique(model, property, keyValues(property, values));
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** The operands as the key encoding wants them (the compiler refused numbers the property cannot hold). */
    private static List<Object> keyValues(PropertyModel property, List<Object> operands) {
        List<Object> values = new ArrayList<>(operands.size());
        for (Object o : operands) {
            values.add(o instanceof NumericOperand n ? n.exactAs(property.valueType().kind()) : o);
        }
        return Collections.unmodifiableList(values);
    }
}
