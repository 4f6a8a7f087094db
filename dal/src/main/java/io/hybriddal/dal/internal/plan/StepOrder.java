package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.Change;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders steps by the relation graph: creates and updates of targets before the objects that
 * point at them, then deletes, children before parents; otherwise hybrids in registration order
 * and objects in their given order. A cycle is a problem naming its objects.
 */
final class StepOrder {

    private StepOrder() {
    }

    static List<Step> order(List<Step> steps, Collection<HybridModel> models, List<String> problems) {
        Map<String, Integer> rank = new HashMap<>();
        for (HybridModel m : models) {
            rank.putIfAbsent(m.name(), rank.size());
        }
        List<Step> writes = new ArrayList<>();
        List<Step> deletes = new ArrayList<>();
        for (Step s : steps) {
            (s.action() == PlanAction.DELETE ? deletes : writes).add(s);
        }
        Comparator<Step> byHybrid = Comparator.comparingInt(s -> rank.get(s.hybrid()));
        writes.sort(byHybrid);
        deletes.sort(byHybrid);
        List<Step> ordered = new ArrayList<>(steps.size());
        ordered.addAll(topological(writes, true, problems));
        ordered.addAll(topological(deletes, false, problems));
        return ordered;
    }

    /**
     * Kahn's algorithm, taking the earliest ready step each time. For writes a step waits for the
     * steps of the targets its changes point at; for deletes a parent waits for the deletes of the
     * children that stored a link to it.
     */
    private static List<Step> topological(List<Step> steps, boolean writes, List<String> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            index.put(steps.get(i).hybrid() + "/" + steps.get(i).guid(), i);
        }
        List<List<Integer>> waiters = new ArrayList<>(steps.size());
        int[] waits = new int[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            waiters.add(new ArrayList<>(0));
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            for (RelationModel r : s.model().relations()) {
                Change c = s.changes().get(r.name());
                Object target = c == null ? null : writes ? c.after() : c.before();
                Integer t = target == null ? null : index.get(r.target().name() + "/" + target);
                if (t != null && t != i) {
                    // writes: the target first; deletes: this child first, then the parent it points at
                    int first = writes ? t : i;
                    int then = writes ? i : t;
                    waiters.get(first).add(then);
                    waits[then]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < steps.size(); i++) {
            if (waits[i] == 0) {
                ready.add(i);
            }
        }
        List<Step> ordered = new ArrayList<>(steps.size());
        while (!ready.isEmpty()) {
            int i = ready.poll();
            ordered.add(steps.get(i));
            for (int w : waiters.get(i)) {
                if (--waits[w] == 0) {
                    ready.add(w);
                }
            }
        }
        if (ordered.size() < steps.size()) {
            List<String> cycle = new ArrayList<>();
            for (int i : onCycles(waits, waiters)) {
                cycle.add(steps.get(i).hybrid() + " " + steps.get(i).guid());
            }
            problems.add("the relations of these objects form a cycle, so no order creates each target before the objects"
                    + " pointing at it: " + String.join(", ", cycle));
        }
        return ordered;
    }

    /**
     * The steps left waiting, less those that only wait behind a cycle: steps that no other
     * waiting step waits for are peeled off until none is left to peel.
     */
    private static List<Integer> onCycles(int[] waits, List<List<Integer>> waiters) {
        Set<Integer> left = new TreeSet<>();
        for (int i = 0; i < waits.length; i++) {
            if (waits[i] > 0) {
                left.add(i);
            }
        }
        boolean peeled = true;
        while (peeled) {
            peeled = left.removeIf(i -> waiters.get(i).stream().noneMatch(left::contains));
        }
        return new ArrayList<>(left);
    }
}
