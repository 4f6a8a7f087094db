package io.hybriddal.cli;

import io.hybriddal.dal.BackrefInfo;
import io.hybriddal.dal.DalModel;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.RelationInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code --follow} names of {@code report --object}, checked against the model before any work:
 * each must be a relation or backref of the focused hybrid or of a hybrid the other names reach
 * within the depth (the neighbourhood follows every name at every hop).
 */
final class FollowNames {

    private FollowNames() {
    }

    /** Why {@code follow} cannot be followed from {@code focus}, naming what can; empty when every name can. */
    static Optional<String> problem(DalModel model, HybridInfo focus, List<String> follow, int depth) {
        Set<String> used = new LinkedHashSet<>();
        Set<String> reached = new LinkedHashSet<>(List.of(focus.name()));
        List<HybridInfo> frontier = List.of(focus);
        for (int hop = 0; hop < Math.max(1, depth) && !frontier.isEmpty(); hop++) {
            List<HybridInfo> next = new ArrayList<>();
            for (HybridInfo h : frontier) {
                for (RelationInfo r : h.relations()) {
                    reach(model, r.name(), r.target(), follow, used, reached, next);
                }
                for (BackrefInfo b : h.backrefs()) {
                    reach(model, b.name(), b.source(), follow, used, reached, next);
                }
            }
            frontier = next;
        }
        List<String> unknown = follow.stream().filter(n -> !used.contains(n)).toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = Stream.concat(focus.relations().stream().map(RelationInfo::name),
                focus.backrefs().stream().map(BackrefInfo::name)).sorted().toList();
        String others = reached.size() > 1 ? " nor of the hybrids the other names reach (" + String.join(", ",
                reached.stream().skip(1).toList()) + ")" : "";
        return Optional.of("--follow " + String.join(",", unknown) + ": not a relation or backref of " + focus.name()
                + others + "; " + focus.name() + " has: " + String.join(", ", names));
    }

    private static void reach(DalModel model, String name, String other, List<String> follow, Set<String> used,
                              Set<String> reached, List<HybridInfo> next) {
        if (follow.contains(name)) {
            used.add(name);
            if (reached.add(other)) {
                next.add(model.hybrid(other));
            }
        }
    }
}
