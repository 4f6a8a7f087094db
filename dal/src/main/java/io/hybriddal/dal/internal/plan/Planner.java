package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.Change;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Design;
import io.hybriddal.dal.InvalidDesignException;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.ValueCodec;
import io.hybriddal.dal.internal.object.HybridProxy;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.read.Documents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a design into ordered steps: reads every stored object of the hybrids the design names or
 * owns, matches design objects by guid else natural key, diffs the members the design sets, deletes
 * what owned hybrids store beyond the design, checks the result ({@link DesignChecks}) and orders it
 * ({@link StepOrder}). Reads only. Thread-safe (one planning per call).
 */
final class Planner {

    private final ModelRegistry registry;
    private final Documents documents;
    private final DesignChecks checks;

    Planner(ModelRegistry registry, Documents documents, DesignChecks checks) {
        this.registry = registry;
        this.documents = documents;
        this.checks = checks;
    }

    /** @throws InvalidDesignException naming every problem found */
    List<Step> plan(Design design) {
        List<String> problems = new ArrayList<>();
        List<ObjectState> desired = desiredStates(design);
        Set<HybridModel> owned = owned(design);
        Map<String, StoredObjects> stored = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        desired.forEach(d -> named.add(d.model().name()));
        for (HybridModel m : registry.models()) {
            if (owned.contains(m) || named.contains(m.name())) {
                stored.put(m.name(), StoredObjects.read(m, documents));
            }
        }
        Map<String, String> effective = new HashMap<>();
        Map<String, ObjectState> claimed = new HashMap<>();
        List<String> matches = new ArrayList<>(desired.size());
        for (ObjectState d : desired) {
            String guid = match(d, stored.get(d.model().name()));
            if (guid != null) {
                ObjectState other = claimed.putIfAbsent(d.model().name() + "/" + guid, d);
                if (other != null) {
                    problems.add(d.model().name() + " " + Labels.of(d.model(), d.values(), guid)
                            + ": two design objects match this stored object (" + other.guid() + " and " + d.guid() + ")");
                }
            }
            matches.add(guid);
            effective.put(d.guid(), guid != null ? guid : d.guid());
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < desired.size(); i++) {
            ObjectState d = desired.get(i);
            Snapshot snapshot = matches.get(i) == null ? null : stored.get(d.model().name()).get(matches.get(i));
            Map<String, Change> changes = diff(d, snapshot, effective);
            if (snapshot == null) {
                steps.add(new Step(PlanAction.CREATE, d.model(), d.guid(), changes, 0));
            } else if (!changes.isEmpty()) {
                steps.add(new Step(PlanAction.UPDATE, d.model(), matches.get(i), changes, snapshot.revision()));
            }
        }
        for (HybridModel m : owned) {
            stored.get(m.name()).all().forEach((guid, snapshot) -> {
                if (!claimed.containsKey(m.name() + "/" + guid)) {
                    steps.add(new Step(PlanAction.DELETE, m, guid, deleted(m, snapshot), snapshot.revision()));
                }
            });
        }
        checks.check(steps, stored, problems);
        List<Step> ordered = StepOrder.order(steps, registry.models(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidDesignException("the design cannot be planned (" + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + (design.source().map(s -> " in " + s).orElse("")) + ")",
                    problems);
        }
        return ordered;
    }

    private List<ObjectState> desiredStates(Design design) {
        List<ObjectState> states = new ArrayList<>(design.objects().size());
        for (DataObject o : design.objects()) {
            ObjectState state = o instanceof HybridProxy p ? p.$$hybridState() : null;
            if (state == null || registry.byName(state.model().name()) != state.model()) {
                throw new IllegalArgumentException("design object " + o + " was not made by this Dal's create()");
            }
            states.add(state);
        }
        return states;
    }

    private Set<HybridModel> owned(Design design) {
        Set<HybridModel> owned = new LinkedHashSet<>();
        design.ownedTypes().forEach(t -> owned.add(registry.require(t)));
        design.ownedNames().forEach(n -> owned.add(registry.require(n)));
        return owned;
    }

    /** The stored guid a design object stands for: its own, else the one with its natural key; or null. */
    private static String match(ObjectState d, StoredObjects stored) {
        if (stored.get(d.guid()) != null) {
            return d.guid();
        }
        PropertyModel key = stored.naturalKey();
        return key == null ? null : stored.guidOf(d.values()[key.index()]);
    }

    /** The members the design object sets (explicitly set properties, non-null relations) that differ from the stored ones. */
    private static Map<String, Change> diff(ObjectState d, Snapshot snapshot, Map<String, String> effective) {
        Map<String, Change> changes = new LinkedHashMap<>();
        boolean[] flags = d.explicitFlags();
        for (FieldModel f : d.model().fields()) {
            Object after = d.values()[f.index()];
            if (f instanceof PropertyModel) {
                if (flags == null || !flags[f.index()]) {
                    continue;
                }
            } else if (after == null) {
                continue;
            } else {
                after = effective.getOrDefault((String) after, (String) after);
            }
            Object before = snapshot == null ? null : snapshot.values()[f.index()];
            if (snapshot == null || !ValueCodec.same(before, after)) {
                changes.put(f.name(), new Change(before, after));
            }
        }
        return changes;
    }

    private static Map<String, Change> deleted(HybridModel model, Snapshot snapshot) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (FieldModel f : model.fields()) {
            Object before = snapshot.values()[f.index()];
            if (before != null) {
                changes.put(f.name(), new Change(before, null));
            }
        }
        return changes;
    }
}
