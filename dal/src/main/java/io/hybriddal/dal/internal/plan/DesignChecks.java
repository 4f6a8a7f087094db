package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.Change;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.DalException;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.read.Documents;
import io.hybriddal.dal.internal.write.GuardedCommits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a plan's steps would fail on when committed, found at plan time for every object at once:
 * mandatory fields and Bean Validation of each object as the step leaves it, unique values held
 * twice once the plan is applied, relation targets that do not exist or that the plan deletes, and
 * deletes of objects that other objects would still point at.
 */
final class DesignChecks {

    private final Instances instances;
    private final GuardedCommits commits;
    private final Documents documents;

    DesignChecks(Instances instances, GuardedCommits commits, Documents documents) {
        this.instances = instances;
        this.commits = commits;
        this.documents = documents;
    }

    /** Adds a line to {@code problems} for each problem found. */
    void check(List<Step> steps, Map<String, StoredObjects> stored, List<String> problems) {
        Map<String, Step> byKey = new HashMap<>();
        Map<String, Object[]> after = new LinkedHashMap<>();
        for (Step step : steps) {
            byKey.put(step.hybrid() + "/" + step.guid(), step);
            if (step.action() != PlanAction.DELETE) {
                Snapshot snapshot = step.action() == PlanAction.CREATE ? null : stored.get(step.hybrid()).get(step.guid());
                ObjectState state = Instances.state(instances.build(step, snapshot));
                after.put(step.hybrid() + "/" + step.guid(), state.values());
                try {
                    commits.check(state);
                } catch (DalException e) {
                    problems.add(Labels.of(step, state.values()) + ": " + e.getMessage());
                }
            }
        }
        targets(steps, byKey, stored, problems);
        unique(steps, byKey, after, stored, problems);
        links(steps, byKey, problems);
    }

    private void targets(List<Step> steps, Map<String, Step> byKey, Map<String, StoredObjects> stored, List<String> problems) {
        Map<HybridModel, Map<String, String>> unknown = new LinkedHashMap<>();
        for (Step step : steps) {
            if (step.action() == PlanAction.DELETE) {
                continue;
            }
            for (RelationModel r : step.model().relations()) {
                Change c = step.changes().get(r.name());
                if (c == null || c.after() == null) {
                    continue;
                }
                String target = (String) c.after();
                Step targetStep = byKey.get(r.target().name() + "/" + target);
                StoredObjects targets = stored.get(r.target().name());
                String where = Labels.of(step) + ": relation '" + r.name() + "' points at " + r.target().name() + " " + target;
                if (targetStep != null && targetStep.action() == PlanAction.DELETE) {
                    problems.add(where + ", which the plan deletes");
                } else if (targetStep == null && targets != null && targets.get(target) == null) {
                    problems.add(where + ", which is neither stored nor in the design");
                } else if (targetStep == null && targets == null) {
                    unknown.computeIfAbsent(r.target(), k -> new LinkedHashMap<>()).putIfAbsent(target, where);
                }
            }
        }
        unknown.forEach((model, wheres) -> documents.readAll(model, wheres.keySet(), Consistency.STRONG).forEach((guid, snapshot) -> {
            if (snapshot == null) {
                problems.add(wheres.get(guid) + ", which does not exist");
            }
        }));
    }

    private static void unique(List<Step> steps, Map<String, Step> byKey, Map<String, Object[]> after, Map<String, StoredObjects> stored,
                               List<String> problems) {
        Set<HybridModel> written = new LinkedHashSet<>();
        steps.stream().filter(s -> s.action() != PlanAction.DELETE).forEach(s -> written.add(s.model()));
        for (HybridModel model : written) {
            for (PropertyModel p : model.properties()) {
                if (!p.unique()) {
                    continue;
                }
                Map<Object, List<String>> holders = new HashMap<>();
                stored.get(model.name()).all().forEach((guid, snapshot) -> {
                    Object value = snapshot.values()[p.index()];
                    if (value != null && !byKey.containsKey(model.name() + "/" + guid)) {
                        holders.computeIfAbsent(value, v -> new ArrayList<>()).add(guid + " (stored)");
                    }
                });
                Map<Object, Boolean> planned = new LinkedHashMap<>();
                after.forEach((key, values) -> {
                    Step step = byKey.get(key);
                    Object value = step.model() == model ? values[p.index()] : null;
                    if (value != null) {
                        holders.computeIfAbsent(value, v -> new ArrayList<>())
                                .add(step.guid() + " (" + step.action().name().toLowerCase(Locale.ROOT) + ")");
                        planned.put(value, true);
                    }
                });
                planned.keySet().forEach(value -> {
                    List<String> guids = holders.get(value);
                    if (guids.size() > 1) {
                        problems.add(model.name() + ": unique property '" + p.name() + "' would have value '" + value + "' on "
                                + guids.size() + " objects: " + String.join(", ", guids));
                    }
                });
            }
        }
    }

    private void links(List<Step> steps, Map<String, Step> byKey, List<String> problems) {
        for (Step step : steps) {
            if (step.action() != PlanAction.DELETE) {
                continue;
            }
            for (BackrefModel backref : step.model().incomingBackrefs()) {
                List<String> staying = new ArrayList<>();
                for (String child : documents.backrefGuids(backref, step.guid())) {
                    Step childStep = byKey.get(backref.source().name() + "/" + child);
                    Change c = childStep == null ? null : childStep.changes().get(backref.relation().name());
                    boolean leaves = childStep != null && (childStep.action() == PlanAction.DELETE
                            || (c != null && !step.guid().equals(c.after())));
                    if (!leaves) {
                        staying.add(child);
                    }
                }
                if (!staying.isEmpty()) {
                    problems.add(Labels.of(step) + ": " + backref.source().name() + "." + backref.relation().name()
                            + " of " + staying + " still points at it; design them pointing elsewhere, or own "
                            + backref.source().name() + " so that the plan deletes them");
                }
            }
        }
    }
}
