package io.hybriddal.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders items so that every relation target in the import comes before the objects pointing
 * at it (a save requires its targets to exist, or to be written in the same commit). Kahn's
 * algorithm, keeping file order among objects that are ready; a cycle of relations is refused.
 * Objects are matched by (hybrid, guid): a relation names its target hybrid and guid.
 */
final class ImportOrder {

    private ImportOrder() {
    }

    static List<ImportItem> order(List<ImportItem> items) {
        Map<ObjectRef, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).ref(), i);
        }
        int[] waitingFor = new int[items.size()];
        List<List<Integer>> dependents = new ArrayList<>();
        items.forEach(i -> dependents.add(new ArrayList<>()));
        for (int i = 0; i < items.size(); i++) {
            int child = i;
            items.get(i).targets().forEach((r, guid) -> {
                Integer target = index.get(new ObjectRef(r.target(), guid));
                if (target != null && target != child) {
                    waitingFor[child]++;
                    dependents.get(target).add(child);
                }
            });
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < items.size(); i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        List<ImportItem> ordered = new ArrayList<>(items.size());
        while (!ready.isEmpty()) {
            int i = ready.poll();
            ordered.add(items.get(i));
            for (int d : dependents.get(i)) {
                if (--waitingFor[d] == 0) {
                    ready.add(d);
                }
            }
        }
        if (ordered.size() < items.size()) {
            for (int i = 0; i < items.size(); i++) {
                if (waitingFor[i] > 0) {
                    throw new ImportPlan.ImportRejected(List.of(items.get(i).describe()
                            + " is part of a cycle of relations: no order writes every target before its children"));
                }
            }
        }
        return ordered;
    }
}
